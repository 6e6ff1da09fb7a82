// Pronouns in argument positions, resolved by salience and agreement: "he"/"she" to the latest
// person; "it" to the entity the discourse is about (the previous sentence's subject, else the most
// salient organisation or platform); "they" to the platforms of a list just named when they are
// acted on, or to the acting organisation (the previous subject, else the article's government)
// when they act. A pronoun right after a verb of saying is its speaker ("the regulator said it …").
import { presence } from "../descriptions.ts";
import type { LexEntity } from "../lexicon.ts";
import { SUBORDINATE, isPlace, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

export type PronounRole = "agent" | "patient";

const PERSONAL = new Set(["he", "she", "him", "her"]);

function salient(s: Sentence, fits: (e: LexEntity) => boolean): LexEntity | undefined {
  let best: LexEntity | undefined;
  let score = -1;
  for (const e of s.ctx.recent) {
    const v = presence(s.ctx, e);
    if (fits(e) && v > score) [best, score] = [e, v];
  }
  return best;
}

/** The person named last before token `before` in the sentence, else the latest one in view. */
export function latestPerson(s: Sentence, before: number): LexEntity | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const m = mentionAt(s, k);
    if (m && m.entities[0]!.category === "person") return m.entities[0];
  }
  return s.ctx.recent.find((e) => e.category === "person");
}

/** The entities a pronoun at token `i` refers to, or undefined when it cannot be told. */
export function resolvePronoun(
  s: Sentence,
  i: number,
  role: PronounRole,
  agrees: (e: LexEntity) => boolean = () => true,
): LexEntity[] | undefined {
  const w = lowerAt(s, i);
  if (PERSONAL.has(w)) {
    // "Responding to a post by Albanese, he said …": whoever responds is not the one responded to
    const p = latestPerson(s, frontedAdjunct(s, i) ? 0 : i);
    return p ? [p] : undefined;
  }
  if (w !== "it" && w !== "they" && w !== "its" && w !== "their") return undefined;
  // "…, he said, it would restrict access": the organisation the speaking person represents
  if (w === "it" && lowerAt(s, i - 1) === "," && s.lex.speech.reports.has(lowerAt(s, i - 2))) {
    const speaker = PERSONAL.has(lowerAt(s, i - 3)) ? resolvePronoun(s, i - 3, "agent")?.[0] : undefined;
    const orgs = speaker ? [...(s.ctx.affiliations?.get(speaker.key) ?? [])] : [];
    const org = orgs.length === 1 ? s.ctx.recent.find((e) => e.key === orgs[0]) : undefined;
    if (org && agrees(org)) return [org];
  }
  // "the regulator said (that) it would …": the speaker
  // "confirmed on Friday that it had …": the verb of saying may stand a few words before
  for (let k = i - 1; k >= Math.max(0, i - 9); k--) {
    // (a period inside a sentence ends an abbreviation, "Feb. 28", not a clause)
    if (mentionAt(s, k) || [",", ";"].includes(lowerAt(s, k))) break;
    // "…, announcing that it was cutting off …": a participle of saying shares the clause's subject
    if (!s.lex.speech.reports.has(lowerAt(s, k)) && !s.lex.speech.opensClause.has(lowerAt(s, k))) continue;
    // "…, but it said that it had been blocked": the speaker is itself a pronoun
    let b = k - 1;
    while (b > 0 && /ly$/.test(lowerAt(s, b))) b--;
    if (b < i && /^(?:it|they)$/.test(lowerAt(s, b))) return resolvePronoun(s, b, "agent", agrees);

    for (let j = k - 1; j >= 0; j--) {
      // "Meta, which owns Facebook and Instagram, said that it …": the head, not a name in its clause
      const m = s.skipTo[j]! >= 0 ? mentionAt(s, s.skipTo[j]!) : mentionAt(s, j);
      if (m && !m.possessive) return m.entities[0]!.category === "person" ? undefined : [m.entities[0]!];
      // "it said it was aware of reports that it had been blocked": the speaker is the pronoun before
      if (!m && /^(?:it|they)$/.test(lowerAt(s, j))) return resolvePronoun(s, j, "agent", agrees);
    }
    return undefined;
  }
  // "suspended TikTok, which it accused of …": the subject of a relative clause on an object is not
  // its antecedent but, most often, the main clause's subject
  if (role === "agent" && /^(?:which|that|whom)$/.test(lowerAt(s, i - 1))) {
    const antecedent = mentionAt(s, lowerAt(s, i - 2) === "," ? i - 3 : i - 2);
    if (antecedent) {
      const main = s.mentions.find((m) => m.end <= antecedent.start && !m.possessive && !isPlace(s, m));
      const e = main?.entities[0];
      if (e && !antecedent.entities.includes(e) && e.category !== "person" && agrees(e)) return [e];
    }
  }
  // "The authority restored access on Sunday, a week after it blocked the platform": a clause of time
  // or cause inside the sentence has the main clause's subject
  const opener = lowerAt(s, i - 1);
  if (w === "it" && role === "agent" && (SUBORDINATE.test(opener) || opener === "while")) {
    const main = s.mentions.find((m) => m.end <= i && !m.possessive);
    const e = main?.entities[0];
    if (e && e.kind === "actor" && e.category !== "person" && !isPlace(s, main!) && agrees(e)) return [e];
  }
  // "Signal gave Reuters no comment, but it said …": a clause joined to the one before keeps its subject
  if (w === "it" && /^(?:but|and|yet)$/.test(lowerAt(s, i - 1)) && lowerAt(s, i - 2) === ",") {
    const first = s.mentions.find((m) => m.start <= 1 && m.end < i);
    const e = first && !first.possessive ? first.entities[0]! : undefined;
    if (e && e.category !== "person" && agrees(e) && (role !== "patient" || e.kind === "platform"))
      return [e];
    // "Mobile data was suspended …, and it remained unavailable": a subject that names no one
    if (!first && opensWithNounSubject(s)) return undefined;
  }
  const last = s.ctx.lastSubject;
  if (w === "they" || w === "their") {
    if (role === "patient" && s.ctx.lastPlatforms.length > 1) return [...s.ctx.lastPlatforms];
    if (role === "agent" && last && last.kind === "actor" && last.category !== "person" && agrees(last))
      return [last];
    if (role === "agent") return s.ctx.home && agrees(s.ctx.home) ? [s.ctx.home] : undefined;
    return undefined;
  }
  const wanted = (e: LexEntity) =>
    e.category !== "person" &&
    agrees(e) &&
    // (an outlet is banned as a platform is: "The EU banned RT. It had been banned in Lithuania")
    (role === "patient" ? e.kind === "platform" || e.category === "company" || e.category === "media" : true);
  if (last && wanted(last)) return [last];
  const e = salient(s, wanted);
  return e ? [e] : undefined;
}

/** Opening words that start a phrase before the subject: a participle or a preposition. */
const ADJUNCT_START = /^(?:\p{L}+ing|after|before|during|following|despite|unlike|like|in|on|at|with)$/u;

/**
 * Whether the pronoun at `i` is the subject right after an opening phrase that holds the sentence's
 * first comma: "Responding to a post by X, he …", "In a letter to X, she …".
 */
function frontedAdjunct(s: Sentence, i: number): boolean {
  if (lowerAt(s, i - 1) !== "," || !ADJUNCT_START.test(lowerAt(s, 0))) return false;
  for (let k = 1; k < i - 1; k++) if (lowerAt(s, k) === ",") return false;
  return true;
}

/** Whether the sentence opens with a noun phrase that is not a name, followed by its verb: "Mobile data was …". */
function opensWithNounSubject(s: Sentence): boolean {
  let k = 0;
  while (k < 4 && /^(?:DET|ADJ|NUM)$/.test(s.pos.upos(k) ?? "")) k++;
  if (!/^(?:NOUN|PROPN)$/.test(s.pos.upos(k) ?? "") || mentionAt(s, k)) return false;
  while (k < 6 && /^(?:NOUN|PROPN)$/.test(s.pos.upos(k + 1) ?? "") && !mentionAt(s, k + 1)) k++;
  return /^(?:AUX|VERB)$/.test(s.pos.upos(k + 1) ?? "");
}
