// Reader layer, pure part: a file's name and bytes → articles and problems. No node:fs here,
// so the explorer parses dropped files with exactly the code the CLI uses (files.ts reads disks).
import type { Article, InputProblem } from "../types.ts";
import { decodeArticleBytes, type Decoded } from "./decode.ts";
import { withDatelineDate } from "./dates.ts";
import { parseHtml } from "./html.ts";
import { parseJsonArticles } from "./json.ts";
import { parseMarkdown } from "./markdown.ts";
import type { Parsed } from "./parsed.ts";
import { DEFAULT_MAX_FILE_MB, MB, tooLarge } from "./limits.ts";
import { parseTxt } from "./txt.ts";

export type { Parsed } from "./parsed.ts";
export type { Decoded } from "./decode.ts";

const PARSERS: Record<string, (id: string, text: string) => Parsed> = {
  ".txt": parseTxt,
  ".md": parseMarkdown,
  ".html": parseHtml,
  ".htm": parseHtml,
  ".json": parseJsonArticles,
};

export const ARTICLE_EXTENSIONS = Object.keys(PARSERS);

/** Lower-cased extension with its dot (`.md`), or "" when the name has none. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

export const isArticleFile = (name: string): boolean => extensionOf(name) in PARSERS;

export interface ReadResult {
  articles: Article[];
  problems: InputProblem[];
}

/** Parses already-decoded text; the format follows the extension of `id`. */
export function parseArticleText(id: string, text: string): Parsed {
  const parser = PARSERS[extensionOf(id)];
  if (!parser) return { articles: [], problem: unsupportedType(id) };
  const parsed = parser(id, text);
  // Whatever the format, an article without a date of its own may state one in its first lines.
  return { ...parsed, articles: parsed.articles.map(withDatelineDate) };
}

/**
 * Checks and parses one file's bytes. `file` names the file in messages (as the user wrote it),
 * `id` is the article id (relative to its input folder).
 */
export function parseArticleFile(file: string, id: string, bytes: Uint8Array): ReadResult {
  if (!isArticleFile(id)) return { articles: [], problems: [{ file, problem: unsupportedType(id) }] };
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return { articles: [], problems: [{ file, problem: decoded.problem }] };
  const parsed = parseArticleText(id, decoded.text);
  return { articles: parsed.articles, problems: parsed.problem ? [{ file, problem: parsed.problem }] : [] };
}

function unsupportedType(name: string): string {
  const ext = extensionOf(name);
  return `${ext ? `unsupported file type "${ext}"` : "no file extension"} (expected ${ARTICLE_EXTENSIONS.join(", ")})`;
}

/**
 * An article file's bytes as text, or the problem with them, worded as the CLI words it: too large, empty,
 * binary (NUL byte at offset 8), not valid UTF-8 (byte 0xe9 at offset 1532). The explorer checks dropped files
 * with it, so the page and `graph build` say the same thing about the same file.
 */
export function checkArticleBytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_MB * MB): Decoded {
  if (bytes.length > maxBytes) return { ok: false, problem: tooLarge(bytes.length, maxBytes) };
  return decodeArticleBytes(bytes);
}
