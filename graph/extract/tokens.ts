// Word tokens with offsets. A possessive "'s" is its own token so that "Meta's WhatsApp"
// reads as possessor + possessive marker + head; an apostrophe inside a name holds it together
// ("O'zkomnazorat", "O'Brien").

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}(?=[^\p{L}]|$)|\p{L}+n['’]t\b|[\p{L}\p{N}]+(?:[-.&'’][\p{L}\p{N}]+)*(?=['’]s\b)|[\p{L}\p{N}]+(?:[-.&][\p{L}\p{N}]+|['’](?!(?:s|re|ve|ll|d|m|t)\b)\p{L}[\p{L}\p{N}]*)*(?:['’](?:re|ve|ll|d|m)\b)?|['’]s\b|[^\s\p{L}\p{N}]/gu;

/** Tokenizes `text`; offsets are shifted by `base` so they point into the article. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = base + m.index;
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end: start + t.length });
  }
  return out;
}

/** How many tokens `tokenize(text)` would give, without building them. */
export function countTokens(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(TOKEN)) n++;
  return n;
}

export const isCapitalized = (t: string): boolean => /^\p{Lu}/u.test(t);
export const isPossessiveMarker = (t: Token | undefined): boolean =>
  t !== undefined && (t.lower === "'s" || t.text === "'" || t.text === "’");
