// Noun-phrase chunks and verb groups of one sentence, read from its parts of speech.
// A noun phrase has a head (its last noun), a determiner and possibly a possessor ("Nigeria's
// decision": possessor Nigeria, head decision); a verb group is the auxiliaries, adverbs and
// negation before a main verb, with its voice, modality and form.
import type { Token } from "../tokens.ts";
import { timedShort } from "../../workers/stages.ts";
import type { UPos } from "./tagger.ts";

export interface NounPhrase {
  /** Token span [start, end). */
  start: number;
  end: number;
  /** Index of the head token. */
  head: number;
  /** The phrase before a possessive marker inside this one ("Nigeria" in "Nigeria's decision"). */
  possessor?: NounPhrase;
  /** Lower-case determiner or possessive pronoun it starts with ("the", "a", "its"), if any. */
  determiner?: string;
}

export type VerbForm = "base" | "s" | "past" | "ing";

export interface VerbGroup {
  /** Token span [start, end), auxiliaries and adverbs included. */
  start: number;
  end: number;
  /** Index of the main verb. */
  main: number;
  form: VerbForm;
  /** A form of be/get before a past participle: "was blocked", "has been banned", "got fined". */
  passive: boolean;
  /** "not", "never", "n't" inside the group. */
  negated: boolean;
  /** will, would, could, may, might, should, can, must, shall. */
  modal: boolean;
  /** "to" right before it: an infinitive whose subject is its controller's. */
  infinitive: boolean;
}

const NOMINAL = new Set<UPos>(["NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "them", "him"]);
const MODALS = new Set("will would could may might should can must shall 'll 'd wo ca".split(" "));
const NEGATION = new Set(["not", "never", "n't", "no longer"]);
const BE_GET = new Set(["be", "get", "become"]);

const isPossessive = (t: Token | undefined) =>
  t !== undefined && (t.lower === "'s" || t.text === "'" || t.text === "’");

/** Noun phrases of a sentence, left to right; `mentions` are spans that no phrase may split. */
export function nounPhrases(
  tokens: Token[],
  pos: UPos[],
  mentions: readonly { start: number; end: number }[] = [],
): NounPhrase[] {
  return timedShort("syntax", () => chunkNounPhrases(tokens, pos, mentions));
}

function chunkNounPhrases(
  tokens: Token[],
  pos: UPos[],
  mentions: readonly { start: number; end: number }[],
): NounPhrase[] {
  const inMention = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.start; i < m.end; i++) inMention[i] = k;
  });
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const np = phraseAt(tokens, pos, inMention, i);
    if (!np) {
      i++;
      continue;
    }
    out.push(np);
    i = np.end;
  }
  return out;
}

function nominalAt(tokens: Token[], pos: UPos[], inMention: Int32Array, i: number): boolean {
  if (inMention[i]! >= 0) return true;
  const p = pos[i];
  const t = tokens[i]!;
  if (!p || !NOMINAL.has(p)) return /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(t.text) && p !== "VERB";
  if (p === "PRON") return POSSESSIVE_PRONOUNS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower);
  return true;
}

function phraseAt(tokens: Token[], pos: UPos[], inMention: Int32Array, from: number): NounPhrase | undefined {
  if (!nominalAt(tokens, pos, inMention, from)) return undefined;
  // a pronoun standing alone ("they", "it") is a phrase of its own
  if (pos[from] === "PRON" && SUBJECT_PRONOUNS.has(tokens[from]!.lower) && inMention[from]! < 0)
    return { start: from, end: from + 1, head: from };
  let end = from;
  let head = -1;
  let possessor: NounPhrase | undefined;
  let start = from;
  while (end < tokens.length) {
    const m = inMention[end]!;
    if (m >= 0) {
      // a mention is one block; it is the head unless nouns follow it
      let e = end;
      while (e < tokens.length && inMention[e] === m) e++;
      head = e - 1;
      end = e;
    } else if (nominalAt(tokens, pos, inMention, end)) {
      const p = pos[end];
      // a new determiner after a head starts the next phrase ("gave the court the order")
      if (end > start && head >= 0 && (p === "DET" || p === "PRON")) break;
      if (p === "PRON" && SUBJECT_PRONOUNS.has(tokens[end]!.lower)) break;
      // "networks such as …", "apps like …": the list marker is not part of the phrase
      if (tokens[end]!.lower === "such" && tokens[end + 1]?.lower === "as") break;
      if (p === "NOUN" || p === "PROPN" || p === "NUM" || (p === "PRON" && end === start)) head = end;
      end++;
    } else break;
    // "Nigeria's decision", "the regulator's order": what came before is the possessor
    if (isPossessive(tokens[end]) && end + 1 < tokens.length && nominalAt(tokens, pos, inMention, end + 1)) {
      possessor = { start, end, head: head >= 0 ? head : end - 1, possessor, ...det(tokens, start) };
      end++;
      start = end;
      head = -1;
    }
  }
  if (possessor && start === end) {
    // "the company's" with nothing after: the possessor is the phrase
    return { ...possessor, end: possessor.end + 1 };
  }
  if (head < 0) {
    // determiners or adjectives alone ("the first", "many") are not phrases
    return end > from ? undefined : undefined;
  }
  return {
    start: possessor ? possessor.start : start,
    end,
    head,
    ...(possessor ? { possessor } : {}),
    ...det(tokens, possessor ? possessor.start : start),
  };
}

function det(tokens: Token[], start: number): { determiner?: string } {
  const w = tokens[start]!.lower;
  return /^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|any|each|every|both|all|no)$/.test(w)
    ? { determiner: w }
    : {};
}

/**
 * Verb groups of a sentence, left to right. `lemma` gives each token's lemma; `mentions` are names,
 * whose words are never part of a group ("Human Rights Watch", "Access Now urged").
 */
export function verbGroups(
  tokens: Token[],
  pos: UPos[],
  lemma: string[],
  mentions: readonly { start: number; end: number }[] = [],
): VerbGroup[] {
  return timedShort("syntax", () => groupVerbs(tokens, outsideNames(pos, mentions), lemma));
}

/** The tags with every word of a name read as a proper noun. */
function outsideNames(pos: UPos[], mentions: readonly { start: number; end: number }[]): UPos[] {
  if (mentions.length === 0) return pos;
  const out = pos.slice();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) out[k] = "PROPN";
  return out;
}

function groupVerbs(tokens: Token[], pos: UPos[], lemma: string[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (pos[i] !== "VERB" && pos[i] !== "AUX") {
      i++;
      continue;
    }
    // walk back over adverbs and negation that belong to the group ("has not yet blocked")
    let start = i;
    while (start > 0 && (pos[start - 1] === "ADV" || NEGATION.has(tokens[start - 1]!.lower))) start--;
    let j = i;
    let main = -1;
    let passiveAux = false;
    let negated = false;
    let modal = false;
    for (let k = start; k < i; k++) negated ||= NEGATION.has(tokens[k]!.lower);
    while (j < tokens.length) {
      const p = pos[j];
      const w = tokens[j]!.lower;
      if (p === "AUX") {
        if (main >= 0) break;
        if (MODALS.has(w)) modal = true;
        if (BE_GET.has(lemma[j] ?? w)) passiveAux = true;
        else if (lemma[j] !== "have" && !MODALS.has(w)) passiveAux = false;
        if (/n't$/.test(w)) negated = true;
        j++;
      } else if (p === "VERB") {
        if (main >= 0) {
          // "was blocked" then "banned": a second main verb starts a new group
          break;
        }
        main = j;
        j++;
        if (BE_GET.has(lemma[main] ?? w) && pos[j] === "VERB") {
          // "got banned", "became blocked": the copula-like verb is an auxiliary
          passiveAux = true;
          main = -1;
        }
      } else if (p === "ADJ" && passiveAux && main < 0 && /(?:ed|en)$/.test(w)) {
        // "are limited", "was unblocked": a participle tagged as an adjective after be
        main = j;
        j++;
      } else if (p === "ADV" || p === "PART") {
        if (NEGATION.has(w) || w === "not") negated = true;
        if (w === "to" || main >= 0) break;
        j++;
      } else break;
    }
    if (main < 0) {
      // a copula alone ("is", "was") is no predicate for the rules
      i = Math.max(j, i + 1);
      continue;
    }
    // trailing adverbs stay outside: the group ends at its main verb
    const end = main + 1;
    // a participle tagged as an adjective has no verb lemma of its own
    const form =
      pos[main] === "ADJ" ? "past" : formOf(tokens[main]!.lower, lemma[main] ?? tokens[main]!.lower);
    out.push({
      start,
      end,
      main,
      form,
      passive: passiveAux && form === "past",
      negated,
      modal,
      infinitive: tokens[start - 1]?.lower === "to",
    });
    i = end;
  }
  return out;
}

function formOf(word: string, lemma: string): VerbForm {
  if (/ing$/.test(word) && word !== lemma) return "ing";
  if (word === lemma) return "base";
  if (/s$/.test(word) && !/ss$/.test(word) && word.replace(/e?s$/, "") === lemma.replace(/e$/, ""))
    return "s";
  if (/(?:ies)$/.test(word) && lemma.endsWith("y")) return "s";
  return "past";
}
