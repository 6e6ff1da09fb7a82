import { firstNonEmptyLine, type Parsed } from "./parsed.ts";

/** Plain text: the first non-empty line is the headline; the text is the whole file, so offsets index the file. */
export function parseTxt(id: string, text: string): Parsed {
  return { articles: [{ id, title: firstNonEmptyLine(text), date: null, url: null, publisher: null, text }] };
}
