import { parseDocument } from "yaml";
import type { Article } from "../types.ts";
import { titleFromText } from "./headline.ts";
import { failed, metadataString, type Parsed } from "./parsed.ts";
import { errorMessage } from "../errors.ts";

// `---` on the first line, YAML, then `---` (or `...`) on a line of its own.
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX_H1 = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m;

/** Markdown with optional YAML front matter (title, date, url, publisher); the text is the body after it. */
export function parseMarkdown(id: string, source: string): Parsed {
  const match = FRONT_MATTER.exec(source);
  let meta: Record<string, unknown> = {};
  let warning: string | undefined;
  if (match) {
    // parseDocument collects warnings instead of printing them (yaml's parse() prints several lines
    // through process.emitWarning, naming no file); they become the file's one problem line.
    const doc = parseDocument(match[1] ?? "");
    const error = doc.errors[0];
    if (error) return failed(`front matter is not valid YAML: ${oneLine(error.message)}`);
    if (doc.warnings.length > 0) {
      warning = `front matter: ${doc.warnings.map((w) => oneLine(w.message)).join("; ")} (ignored)`;
    }
    let data: unknown;
    try {
      data = doc.toJS();
    } catch (error) {
      return failed(`front matter is not valid YAML: ${oneLine(errorMessage(error))}`);
    }
    if (data !== null && data !== undefined) {
      if (typeof data !== "object" || Array.isArray(data)) {
        return failed("front matter must be a YAML mapping (title: …, date: …)");
      }
      meta = data as Record<string, unknown>;
    }
  }
  const text = match ? source.slice(match[0].length) : source;
  if (text.trim() === "") return failed("no text after the front matter");

  const title =
    metadataString(meta.title) ??
    ATX_H1.exec(text)?.[1]?.trim() ??
    titleFromText(text.replace(/^\s*#+\s*/, ""));
  const date = metadataString(meta.date);
  const article: Article = {
    id,
    title,
    date,
    url: metadataString(meta.url),
    publisher: metadataString(meta.publisher),
    ...(date !== null ? { dateSource: "front matter" as const } : {}),
    text,
  };
  return warning ? { articles: [article], problem: warning } : { articles: [article] };
}

/**
 * yaml's messages go on with the offending line and a caret under it: keep the first line, and count lines
 * in the file (the front matter starts on its second line).
 */
const oneLine = (message: string): string =>
  (message.split("\n")[0] ?? "")
    .replace(/:$/, "")
    .replace(/\bat line (\d+)/, (_, line: string) => `at line ${Number(line) + 1}`);
