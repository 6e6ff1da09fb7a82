// Causatives: acts done on someone's order ("ordered the site blocked", "ordered that X be blocked",
// "a bill that would see TikTok banned", "Maduro ordered operators to block X"). The one who orders
// is the one who acts.
import type { LexEntity } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { Mention } from "../mentions.ts";
import { findSubject, relativeAntecedents } from "./arguments.ts";
import { frameSubject } from "./frames.ts";
import { resolvePronoun } from "./pronouns.ts";
import { ASPECTUAL, CAUSATIVE, SUBORDINATE, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** "has kept Instagram blocked": keeping a thing so is doing it. */
const KEEPS = /^(?:keep|keeps|kept|keeping)$/;

/** "ordered the site blocked": a participle right after a causative verb's object. */
export function causedParticiple(s: Sentence, start: number): boolean {
  const first = causedList(s, start)[0];
  if (!first) return false;
  for (let j = first.start - 1; j >= Math.max(0, first.start - 5); j--) {
    const w = lowerAt(s, j);
    // ("has kept Instagram blocked since 2022": keeping it so is doing it)
    if (CAUSATIVE.has(w) || KEEPS.test(w) || w === "wants" || w === "had") return true;
    // ", with Instagram and WhatsApp blocked since 2022": an absolute clause, agentless
    if (w === "with" && j === first.start - 1 && /^(?:,|—)$/.test(lowerAt(s, j - 1))) return true;
    if (actWouldSee(s, j) >= 0) return true;
    if (mentionAt(s, j) || [",", "."].includes(lowerAt(s, j))) return false;
  }
  return false;
}

/**
 * What a causative verb's object names before the participle at `start`: "kept Google, Facebook and
 * X blocked" names three; a pronoun or one name otherwise.
 */
export function causedList(s: Sentence, start: number): Mention[] {
  const last = mentionAt(s, start - 1);
  if (!last) {
    const p = causedPronoun(s, start);
    return p ? [p] : [];
  }
  const out = [last];
  let k = last.start - 1;
  for (;;) {
    let j = k;
    if (lowerAt(s, j) === "and" || lowerAt(s, j) === "or") j--;
    if (lowerAt(s, j) === ",") j--;
    const prev = j < k ? mentionAt(s, j) : undefined;
    if (!prev || prev.possessive) break;
    out.unshift(prev);
    k = prev.start - 1;
  }
  return out;
}

/**
 * "ordered them withdrawn", "wanted it blocked": a pronoun between a causative verb and the
 * participle, as a mention of what it stands for: "them" the platforms named earlier in the
 * sentence, else the last ones named together; "it" the platform in view.
 */
export function causedPronoun(s: Sentence, start: number): Mention | undefined {
  const w = lowerAt(s, start - 1);
  if (
    (w !== "them" && w !== "it") ||
    (!CAUSATIVE.has(lowerAt(s, start - 2)) && actWouldSee(s, start - 2) < 0)
  )
    return undefined;
  const named = [
    ...new Set(
      s.mentions
        // ("out of its App Store": where they were, not one of them)
        .filter((m) => m.end < start - 2 && !/^(?:its|their)$/.test(lowerAt(s, m.start - 1)))
        .flatMap((m) => m.entities.filter((e) => e.kind === "platform")),
    ),
  ];
  const refs =
    w === "them"
      ? named.length > 1
        ? named
        : s.ctx.lastPlatforms
      : // ("would force X to sell the app or see it banned": the one platform the sentence named)
        named.length === 1
        ? named
        : (resolvePronoun(s, start - 1, "patient") ?? []).filter((e) => e.kind === "platform");
  if (refs.length === 0 || (w === "them" && refs.length < 2)) return undefined;
  return {
    start: start - 1,
    end: start,
    entities: [...refs],
    surface: s.tokens[start - 1]!.text,
    via: "pronoun",
    possessive: false,
  };
}

/**
 * "a bill that would see TikTok banned", "legislation that would force a sale or see it banned": "see"
 * at `j` in a relative clause on an act noun, which brings about what it sees done. The index of the
 * relative pronoun, or -1 (a person who sees a platform blocked brings nothing about).
 */
function actWouldSee(s: Sentence, j: number): number {
  if (!/^(?:see|sees)$/.test(lowerAt(s, j))) return -1;
  for (let b = j - 1; b >= Math.max(1, j - 16); b--) {
    const w = lowerAt(s, b);
    if (w === "." || w === ";") return -1;
    if (w === "that" || w === "which")
      return matchAt(s.lex.actNouns, s.tokens, b - 1) || matchAt(s.lex.actNouns, s.tokens, b - 2) ? b : -1;
  }
  return -1;
}

/** The subject of a causative verb right before a passive's patient: "ordered (that) X (be) blocked". */
export function causedPassiveAgent(s: Sentence, patientStart: number): LexEntity | undefined {
  for (let j = patientStart - 1; j >= Math.max(0, patientStart - 6); j--) {
    const t = lowerAt(s, j);
    // "a bill that would see TikTok banned": the author of the act that would see it done
    // (the relative clause's first verb finds it: "would make X sell the app or see it banned")
    const relative = actWouldSee(s, j);
    if (relative >= 0) return frameSubject(s, relative + 1)?.entities[0] ?? frameSubject(s, j)?.entities[0];
    // "told a television station that X had been restricted": telling that is saying, not causing
    const toldThat =
      /^(?:tell|told|ask|asked)$/.test(t) &&
      s.tokens.slice(j + 1, patientStart).some((x) => x.lower === "that");
    if ((CAUSATIVE.has(t) || KEEPS.test(t)) && !toldThat) {
      // "after the regulator ordered them removed": the actor named right before the verb, though
      // a subordinator keeps it from looking like a subject
      let b = j - 1;
      if (/^(?:had|has|have)$/.test(lowerAt(s, b))) b--;
      // ("after the watchdog, the Cyberspace Administration of China, ordered …": past the apposition)
      if (lowerAt(s, b) === "," && s.skipTo[b]! >= 0) b = s.skipTo[b]!;
      const before = mentionAt(s, b);
      const adjacent = before && !before.possessive ? before.entities[0] : undefined;
      const opener = before ? before.start - (lowerAt(s, before.start - 1) === "the" ? 2 : 1) : -1;
      if (
        adjacent?.kind === "actor" &&
        adjacent.category !== "person" &&
        SUBORDINATE.test(lowerAt(s, opener))
      )
        return adjacent;
      return findSubject(s, j, { action: "mandates", type: "verb", form: "past" }) ?? undefined;
    }
    if (mentionAt(s, j) || [",", ".", ";"].includes(t)) return undefined;
  }
  return undefined;
}

/** "Maduro ordered operators to block X": the one who orders is the one who blocks. */
export function causativeSubject(s: Sentence, start: number): LexEntity | undefined {
  const j = causativeVerb(s, start);
  if (j < 0) return undefined;
  const found = findSubject(s, j, { action: "mandates", type: "verb", form: "past" });
  if (found) return found;
  // "It also asked Apple and Google to pull Telegram": a pronoun that asks
  let p = j - 1;
  while (p >= 0 && /^(?:also|then|later|again|\p{L}+ly)$/u.test(lowerAt(s, p))) p--;
  return /^(?:it|they)$/.test(lowerAt(s, p)) ? resolvePronoun(s, p, "agent")?.[0] : undefined;
}

/**
 * The causative verb whose object the infinitive at `start` is told to do ("ordered [the] operators
 * [of X] to block"), or -1: that object is never the act's subject.
 */
export function causativeVerb(s: Sentence, start: number): number {
  let i = start - 1;
  while (i >= 0 && /ly$/.test(lowerAt(s, i))) i--;
  // "ordered operators to start throttling X": over the verb of beginning
  if (ASPECTUAL.test(lowerAt(s, i))) i--;
  if (lowerAt(s, i) !== "to") return -1;
  // ("told providers to take technical steps to halt X": over the infinitive's own object)
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    if (/^[.;:]$/.test(lowerAt(s, j))) return -1;
    if (CAUSATIVE.has(lowerAt(s, j))) return j;
  }
  return -1;
}

/**
 * "Telegram, which a Moscow court ordered blocked in 2018": a participle right after a causative verb
 * in an object relative clause is done to the antecedent, by the clause's subject.
 */
export function relativeCausative(
  s: Sentence,
  start: number,
): { agent: LexEntity; patients: Mention[] } | undefined {
  if (!CAUSATIVE.has(lowerAt(s, start - 1))) return undefined;
  const subject = mentionAt(s, start - 2);
  const agent = subject && !subject.possessive ? subject.entities[0] : undefined;
  if (!agent || agent.kind !== "actor") return undefined;
  const patients = relativeAntecedents(s, start - 1).filter((m) => m !== subject);
  return patients.length > 0 ? { agent, patients } : undefined;
}
