// Matching compiled phrases against tokens.
import type { Phrase } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

function tokenMatches(token: Token, want: string, caseSensitive: boolean): boolean {
  const text = token.text.replace(/’/g, "'");
  if (!caseSensitive || !/\p{Lu}/u.test(want)) return text.toLowerCase() === want.toLowerCase();
  if (text === want) return true;
  if (text.toLowerCase() !== want.toLowerCase()) return false;
  // "MAX" in running text names "Max"; "WHATSAPP" in a shouted headline names "WhatsApp";
  // "Vkontakte" names "VKontakte": a capitalised word is a name whatever its inner case.
  // an acronym keeps its capitals: "MPs" is not "MPS"
  if (want.length > 1 && want === want.toUpperCase()) return text === text.toUpperCase();
  return (text.length > 1 && text === text.toUpperCase()) || /^\p{Lu}/u.test(text);
}

/** The longest phrase of `index` that starts at token `i`, with its length in tokens. */
export function matchAt<T>(
  index: Map<string, Phrase<T>[]>,
  tokens: Token[],
  i: number,
): Phrase<T> | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const list = index.get(first.lower.replace(/’/g, "'"));
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.tokens.length && ok; k++)
      ok = tokenMatches(tokens[i + k]!, p.tokens[k]!, p.caseSensitive);
    if (ok) return p;
  }
  return undefined;
}

/** Whether tokens[from, to) hold a phrase of `index`, or a word starting with one of `stems`. */
export function containsAny<T>(
  index: Map<string, Phrase<T>[]>,
  stems: string[],
  tokens: Token[],
  from: number,
  to: number,
): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const p = matchAt(index, tokens, i);
    if (p && i + p.tokens.length <= to) return true;
    const w = tokens[i]!.lower;
    if (stems.some((s) => w.startsWith(s))) return true;
  }
  return false;
}
