import { parse as parseYaml } from "yaml";
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
  if (match) {
    let data: unknown;
    try {
      data = parseYaml(match[1] ?? "");
    } catch (error) {
      return failed(`front matter is not valid YAML: ${errorMessage(error).split("\n")[0]}`);
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
  return {
    articles: [
      {
        id,
        title,
        date: metadataString(meta.date),
        url: metadataString(meta.url),
        publisher: metadataString(meta.publisher),
        text,
      },
    ],
  };
}
