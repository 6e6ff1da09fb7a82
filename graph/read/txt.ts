import { titleFromText } from "./headline.ts";
import type { Parsed } from "./parsed.ts";

/**
 * Plain text: the first non-empty line is the headline when it is short (else the title is derived from it,
 * headline.ts); the text is always the whole file, so offsets index the file and every line is extracted.
 */
export function parseTxt(id: string, text: string): Parsed {
  return { articles: [{ id, title: titleFromText(text), date: null, url: null, publisher: null, text }] };
}
