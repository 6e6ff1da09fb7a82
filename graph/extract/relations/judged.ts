// What a verb of judging, praising or designating is about, read after the verb: the act "it" stands
// for ("calling it censorship"), a platform praised or backed by name ("the Kremlin backs Max"), people
// steered toward a platform, a quotation that names someone, a designation ("declared X extremist"),
// and the act a passive or relative clause of criticism is about ("a step condemned by the EU").
import type { Action } from "../../types.ts";
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { mainSubject } from "./arguments.ts";
import { actAuthorAt, authorOfActNoun } from "./acts.ts";
import { AUX, BE, lowerAt, mentionAt, recentActAuthor, type Sentence } from "./sentence.ts";

/**
 * The author of the act "it" at token `at` stands for: "it" right after a verb, not followed by
 * "of" or "to", in the sentence after an act was reported.
 */
export function judgedPronoun(s: Sentence, at: number): LexEntity | undefined {
  if (lowerAt(s, at) !== "it" || /^(?:of|to|for)$/.test(lowerAt(s, at + 1))) return undefined;
  // 'called it "a deeply misguided ruling"': the name given says which act "it" is
  for (let k = at + 1; k < Math.min(s.tokens.length, at + 7); k++) {
    if (/^[,.;:]$/.test(lowerAt(s, k)) || mentionAt(s, k)) break;
    const named = matchAt(s.lex.actNouns, s.tokens, k);
    if (named && !/^(?:of|by|on|against)$/.test(lowerAt(s, k + named.tokens.length)))
      return authorOfActNoun(s, named.tokens.join(" ").toLowerCase());
  }
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

const CENSORING = new Set<Action>(["blocks", "restricts", "bans", "fines", "mandates"]);

/** Who did the last act of censorship this sentence has reported, if any. */
const lastCensor = (s: Sentence): LexEntity | undefined =>
  s.out.filter((r) => CENSORING.has(r.action)).at(-1)?.subject;

/** Whether the clause before `k` is a passive with no agent: "… were arrested, …". */
function agentlessBefore(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(1, k - 4); j--)
    if (BE.has(lowerAt(s, j - 1)) && /(?:ed|en)$/.test(lowerAt(s, j)) && s.pos.has(j, "Verb"))
      return !s.tokens.slice(j + 1, k).some((t) => t.lower === "by");
  return false;
}

/**
 * ", a step that Borrell called unfounded", ", a move which Amnesty condemned": the author of the act
 * the sentence reported before the apposed act noun whose relative clause the verb at `verb` is in.
 */
export function apposedActAuthor(s: Sentence, verb: number): LexEntity | undefined {
  let i = verb - 1;
  while (i >= 0 && (AUX.has(lowerAt(s, i)) || /ly$/.test(lowerAt(s, i)))) i--;
  const subject = mentionAt(s, i);
  if (!subject) return undefined;
  const rel = /^(?:the|a|an)$/.test(lowerAt(s, subject.start - 1)) ? subject.start - 2 : subject.start - 1;
  if (!/^(?:that|which)$/.test(lowerAt(s, rel))) return undefined;
  for (let a = rel - 1; a >= Math.max(1, rel - 4); a--) {
    const act = actAuthorAt(s, a);
    if (!act || act.end !== rel || lowerAt(s, a - 1) !== ",") continue;
    // ("blocked more than 80 outlets, a step …": an act on no named platform is its clause's subject's)
    const censored = s.tokens.slice(0, a).some((_, k) => {
      const cue = matchAt(s.lex.cues, s.tokens, k);
      return !!cue && cue.value.type === "verb" && CENSORING.has(cue.value.action);
    });
    return lastCensor(s) ?? (censored ? mainSubject(s, a - 1) : undefined);
  }
  return undefined;
}

/**
 * The act a passive of criticism is about, as a mention of its author: the act noun phrase right
 * before the verb ("The ban was condemned by …"), or the apposition ", a decision criticised by …"
 * that stands for what the clause before it did (the act the sentence has reported, else the
 * phrase's own author).
 */
export function criticisedAct(s: Sentence, verb: number): Mention | undefined {
  let v = verb - 1;
  while (
    v >= 0 &&
    /^(?:was|were|is|are|been|has|have|had|be|being|widely|also|quickly|sharply)$/.test(lowerAt(s, v))
  )
    v--;
  // "The decree, criticised by Amnesty, …": a participle set off after the act
  if (lowerAt(s, v) === "," && v === verb - 1) v--;
  for (let a = v; a >= Math.max(0, v - 4); a--) {
    const act = actAuthorAt(s, a);
    if (!act || act.end !== v + 1) continue;
    const apposed = lowerAt(s, a - 1) === ",";
    // ("… and Protasevich was arrested, a step condemned by the EU": an act no one is named for is the
    // state's, whoever acted last in the article)
    const done = apposed
      ? (lastCensor(s) ?? (agentlessBefore(s, a - 1) ? s.ctx.home : undefined))
      : undefined;
    const author = done ?? act.author;
    const surface = s.tokens
      .slice(a, v + 1)
      .map((t) => t.text)
      .join(" ");
    return { start: a, end: v + 1, entities: [author], surface, via: "descriptor", possessive: false };
  }
  return undefined;
}
