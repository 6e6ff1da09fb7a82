// Parts of speech and lemmas from wink-nlp (English lite model, Universal POS tags), aligned to our
// tokens by character offset. Chosen over compromise by measurement (bench/taggers.ts): several
// times the words per second for the tags the rules read.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { addStageTime } from "../../workers/stages.ts";
import type { Token } from "../tokens.ts";

export type UPos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

export interface Tagged {
  /** Universal POS of each of our tokens. */
  pos: UPos[];
  /** Lower-case lemma of each of our tokens ("blocked" → "block", "courts" → "court"). */
  lemma: string[];
}

let engine: ReturnType<typeof winkNLP> | undefined;
const nlp = () => (engine ??= winkNLP(model, ["pos"]));

/** Tags `text` (which starts at article offset `base`) and maps the tags onto `tokens`. */
export function tagTokens(text: string, base: number, tokens: Token[]): Tagged {
  const started = performance.now();
  const tagged = tagAligned(text, base, tokens);
  addStageTime("tag", performance.now() - started);
  return tagged;
}

/** What wink reads in a text: its tokens, where each starts in the text (-1: not found), tags, lemmas. */
interface WinkDoc {
  values: string[];
  starts: number[];
  tags: UPos[];
  lemmas: string[];
}

/**
 * wink's reading of the sentences seen last, by text: news repeats its wording (a dateline, a stock
 * phrase, the same sentence in a follow-up story), and wink reads a text the same whatever came before.
 */
const docs = new Map<string, WinkDoc>();
const DOCS_MAX = 10_000;

function readWink(text: string): WinkDoc {
  const known = docs.get(text);
  if (known) return known;
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as UPos[];
  const lemmas = (doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]).map((l) =>
    l.toLowerCase(),
  );
  // wink does not report offsets: find each of its tokens in the text, in order
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    starts.push(at < 0 ? -1 : at);
    if (at >= 0) cursor = at + v.length;
  }
  const read = { values, starts, tags, lemmas };
  // forgetting all at once keeps this a plain map; a long build fills it again with what recurs
  if (docs.size >= DOCS_MAX) docs.clear();
  docs.set(text, read);
  return read;
}

function tagAligned(text: string, base: number, tokens: Token[]): Tagged {
  const { values, starts, tags, lemmas } = readWink(text);
  const pos: UPos[] = [];
  const lemma: string[] = [];
  let w = 0;
  for (const t of tokens) {
    const start = t.start - base;
    // the last wink token that starts at or before ours: ours may join several of its ("U.S.", "Meta-owned")
    while (w + 1 < values.length && starts[w + 1]! >= 0 && starts[w + 1]! <= start) w++;
    const exact = starts[w] === start;
    pos.push(values.length ? tags[w]! : "X");
    lemma.push(exact && values[w]!.length === t.text.length ? lemmas[w]! : t.lower);
  }
  return { pos, lemma };
}

const byTokens = new WeakMap<Token[], Tagged>();

/** Tags a token list on its own (its words joined by spaces); cached per list. */
export function tagWords(tokens: Token[]): Tagged {
  let tagged = byTokens.get(tokens);
  if (!tagged) {
    let text = "";
    const shifted = tokens.map((t) => {
      if (text) text += " ";
      const start = text.length;
      text += t.text;
      return { ...t, start, end: start + t.text.length };
    });
    tagged = tagTokens(text, 0, shifted);
    byTokens.set(tokens, tagged);
  }
  return tagged;
}

export function pluralAfterModifier(tokens: Token[], pos: UPos[], i: number): boolean {
  const word = tokens[i]!.text;
  const modifier = tokens[i - 1]?.text ?? "";
  return (
    /^\p{Ll}+[^s]s$/u.test(word) &&
    /^\p{Ll}+$/u.test(modifier) &&
    pos[i - 1] === "NOUN" &&
    pos[i + 1] === "ADP" &&
    (pos[i - 2] === "CCONJ" || pos[i - 2] === "ADP" || pos[i - 2] === "VERB")
  );
}

const MODAL_WORDS = new Set(["will", "would", "could", "can", "may", "might", "should", "must", "shall"]);

/**
 * Two slips of the tagger that the rules cannot afford, corrected: a word after a modal is a verb
 * ("will bar children"), and an -s word between a name and its object is a verb ("Russia blocks
 * Signal", "Vietnam orders telecom firms …"), not a plural noun; and the converse, an -s word after a
 * noun modifier that no determiner or subject opens is a plural noun ("restricted voice calls on X",
 * "and video calls on Y"), not a verb.
 */
export function correctTags(tokens: Token[], pos: UPos[]): UPos[] {
  return pos.map((p, i) => {
    if (p === "VERB" && pluralAfterModifier(tokens, pos, i)) return "NOUN";
    if (p !== "NOUN" && p !== "ADJ") return p;
    const word = tokens[i]!.text;
    if (!/^\p{Ll}+$/u.test(word)) return p;
    if (MODAL_WORDS.has(tokens[i - 1]?.lower ?? "")) return "VERB";
    const before = pos[i - 1];
    const after = pos[i + 1];
    if (
      p === "NOUN" &&
      /[^s]s$/.test(word) &&
      before === "PROPN" &&
      (after === "PROPN" || after === "DET" || after === "NUM")
    )
      return "VERB";
    return p;
  });
}
