// The title of an article that has none of its own (.txt, and .md or JSON without a title): its first line when
// that line is a headline, short; otherwise the first sentence of that line, shortened. A text that opens with a
// paragraph (no headline) must not make the paragraph its title: the reader shows the title as a header.
import { firstNonEmptyLine } from "./parsed.ts";

/** A first line up to this many characters is a headline (real ones run to about 120). */
export const HEADLINE_MAX_CHARS = 150;
/** A title derived from a paragraph is its first sentence, cut to this many characters at a word. */
export const DERIVED_TITLE_MAX_CHARS = 100;

// Words whose period does not end a sentence: initials (U.S., J.), titles and company suffixes.
const ABBREVIATIONS = String.raw`(?:\p{Lu}|\p{Lu}\.\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Prof|Inc|Ltd|Co|Corp|vs|No|etc)\.$`;
const ABBREVIATION = new RegExp(String.raw`(?:^|[\s(“"‘'])` + ABBREVIATIONS, "u");
/** The same, on the last characters of a longer text (the longest abbreviation and its boundary fit). */
const ABBREVIATION_TAIL = new RegExp(String.raw`[\s(“"‘']` + ABBREVIATIONS, "u");
const TAIL = 12;

/** The first sentence of a line: up to the first ., ! or ? (and closing quotes) that a new sentence follows. */
export function firstSentence(line: string): string {
  const stop = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])/gu;
  for (const match of line.matchAll(stop)) {
    const end = match.index + match[0].length;
    // read only near the period (its word, closing quotes dropped), so a line of initials stays linear
    const from = end - match[0].length - TAIL;
    const word = line.slice(Math.max(0, from), end).replace(/["'”’)\]]+$/u, "");
    const abbreviation = from <= 0 ? ABBREVIATION.test(word) : ABBREVIATION_TAIL.test(word);
    if (!abbreviation) return line.slice(0, end).trim();
  }
  return line.trim();
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when anything was cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/u);
  const words = space > max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:–—-]+$/u, "")}…`;
}

export function titleFromText(text: string): string {
  const first = firstNonEmptyLine(text);
  if (first.length <= HEADLINE_MAX_CHARS) return first;
  return shorten(firstSentence(first), DERIVED_TITLE_MAX_CHARS);
}
