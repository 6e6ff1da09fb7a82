// Matching compiled phrases against tokens.
import type { Phrase } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/**
 * A phrase list prepared for matching: each phrase's tokens lower-cased once (a token's `lower` is its
 * text lower-cased with ’ as ', so comparing it with them is the case-blind test), which of its tokens
 * must also pass the case test, and, for a long list ("government" heads 341 names), the phrases by
 * their second word, so that a lookup tries only the ones that can match.
 */
interface Prepared<T> {
  phrases: PreparedPhrase<T>[];
  /** Phrases of one token, and phrases of more by their lower-cased second token; each in list order. */
  single?: PreparedPhrase<T>[];
  bySecond?: Map<string, PreparedPhrase<T>[]>;
}

interface PreparedPhrase<T> {
  phrase: Phrase<T>;
  lower: string[];
  /** Per token: whether the case test applies (a case-sensitive phrase's token with a capital). */
  cased: boolean[] | undefined;
}

/** Lists longer than this are split by their second token. */
const SPLIT_ABOVE = 8;

const prepared = new WeakMap<Phrase<unknown>[], Prepared<unknown>>();

function prepare<T>(list: Phrase<T>[]): Prepared<T> {
  let p = prepared.get(list) as Prepared<T> | undefined;
  // a list is prepared once; one that has grown since (never, once compiled) is prepared again
  if (p && p.phrases.length === list.length) return p;
  const phrases = list.map((phrase): PreparedPhrase<T> => {
    const cased = phrase.caseSensitive ? phrase.tokens.map((w) => /\p{Lu}/u.test(w)) : undefined;
    return {
      phrase,
      lower: phrase.tokens.map((w) => w.toLowerCase()),
      cased: cased?.some(Boolean) ? cased : undefined,
    };
  });
  p = { phrases };
  if (phrases.length > SPLIT_ABOVE) {
    const single: PreparedPhrase<T>[] = [];
    const bySecond = new Map<string, PreparedPhrase<T>[]>();
    for (const q of phrases) {
      if (q.lower.length === 1) {
        // a one-token phrase can match whatever follows
        single.push(q);
        for (const l of bySecond.values()) l.push(q);
        continue;
      }
      let l = bySecond.get(q.lower[1]!);
      if (!l) bySecond.set(q.lower[1]!, (l = [...single]));
      l.push(q);
    }
    p.single = single;
    p.bySecond = bySecond;
  }
  prepared.set(list, p as Prepared<unknown>);
  return p;
}

/** The case test of a token whose lower case already equals `want`'s (a capitalised word of a name). */
function caseMatches(token: Token, want: string): boolean {
  const text = token.text.replace(/’/g, "'");
  if (text === want) return true;
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
  const list = index.get(first.lower);
  if (!list) return undefined;
  const p = prepare(list);
  const next = tokens[i + 1];
  const candidates = p.bySecond ? ((next && p.bySecond.get(next.lower)) ?? p.single!) : p.phrases;
  for (const q of candidates) {
    const { lower, cased } = q;
    if (i + lower.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < lower.length; k++) {
      const token = tokens[i + k]!;
      if (token.lower !== lower[k] || (cased?.[k] && !caseMatches(token, q.phrase.tokens[k]!))) {
        ok = false;
        break;
      }
    }
    if (ok) return q.phrase;
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
