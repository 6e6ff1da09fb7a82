// What a verb of judging, praising or designating is about, read after the verb: the act "it" stands
// for ("calling it censorship"), a platform praised or backed by name ("the Kremlin backs Max"), people
// steered toward a platform, a quotation that names someone, a designation ("declared X extremist").
import type { LexEntity } from "../lexicon.ts";
import { actAuthorAt } from "./acts.ts";
import { lowerAt, mentionAt, recentActAuthor, type Sentence } from "./sentence.ts";

/**
 * The author of the act "it" at token `at` stands for: "it" right after a verb, not followed by
 * "of" or "to", in the sentence after an act was reported.
 */
export function judgedPronoun(s: Sentence, at: number): LexEntity | undefined {
  if (lowerAt(s, at) !== "it" || /^(?:of|to|for)$/.test(lowerAt(s, at + 1))) return undefined;
  // "condemned the suspension, calling it a repressive act": the act the sentence just named
  for (let k = at - 2; k >= Math.max(0, at - 8); k--) {
    if (lowerAt(s, k) === "." || lowerAt(s, k) === ";") break;
    const act = actAuthorAt(s, k);
    if (act && act.end <= at) return act.author;
  }
  return recentActAuthor(s);
}

/** Whether "toward(s) <platform>" follows the verb within a few words: "steering users towards Max". */
export function towardPlatform(s: Sentence, end: number): boolean {
  for (let k = end; k < Math.min(s.tokens.length - 1, end + 5); k++) {
    if (/^[,.;:]$/.test(lowerAt(s, k))) return false;
    if (!/^(?:toward|towards)$/.test(lowerAt(s, k))) continue;
    const at = lowerAt(s, k + 1) === "the" ? k + 2 : k + 1;
    return mentionAt(s, at)?.entities[0]!.kind === "platform";
  }
  return false;
}

/** Whether the quotation opening at `open` (up to its closing mark, else the sentence's end) names anyone. */
export function namesInQuote(s: Sentence, open: number): boolean {
  let close = open + 1;
  while (close < s.tokens.length && !/^["”]$/.test(s.tokens[close]!.text)) close++;
  return s.mentions.some((m) => m.start > open && m.start < close);
}

/**
 * Verbs of praise or backing: a platform they take as object is promoted ("the Kremlin backs Max";
 * "presented Viber as …" needs more words, and "backed the ban" judges an act, not a platform).
 */
export const PRAISE = /^(?:praise|hail|recommend|laud|commend|back|support|endorse|favor|favour)$/;

/** A platform named right after token `end` (past "the"), or "it" standing for one just named. */
export function platformRightAfter(s: Sentence, end: number): boolean {
  let k = lowerAt(s, end) === "the" ? end + 1 : end;
  // ("backed the state messenger Max": past the words that describe the name)
  for (
    let n = 0;
    n < 3 && k > end && !mentionAt(s, k) && /^\p{Ll}[\p{Ll}-]*$/u.test(s.tokens[k]?.text ?? "");
    n++
  )
    k++;
  const m = mentionAt(s, k);
  if (m) return !m.possessive && m.entities[0]!.kind === "platform";
  return lowerAt(s, end) === "it" && s.ctx.lastPlatforms.length === 1;
}

export const DESIGNATE =
  /^(?:brand|branded|brands|branding|label|labelled|labeled|labels|declare|declared|declares|designate|designated|designates|list|listed|recognised|recognized|call|called|rule|ruled|rules)$/;
const DESIGNATION = /^(?:extremist|extremism|terrorist|undesirable)$/;

/**
 * A designation word within the clause after the verb, past an apposition on the object
 * ("declared Meta Platforms, the owner of Facebook, an extremist organisation").
 */
export function designationFollows(s: Sentence, end: number): boolean {
  // (past a list of objects with its own aside: "designated the group behind X, Y and Z, with some
  // 1.46 million subscribers between them, an extremist formation")
  for (let i = end; i < Math.min(s.tokens.length, end + 30); i++) {
    if (/^(?:;|\.|:|but|because|after|while)$/.test(lowerAt(s, i))) return false;
    if (DESIGNATION.test(lowerAt(s, i))) return true;
  }
  return false;
}
