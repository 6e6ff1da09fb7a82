// The passive voice of a verb cue: whether it is one ("was blocked", "platforms blocked in Russia",
// "Telegram, already blocked in July, …"), and the places and agencies an agentless passive is
// credited to.
import type { Cue, LexEntity } from "../lexicon.ts";
import type { Mention } from "../mentions.ts";
import { coordinated } from "./coordination.ts";
import { AUX, BE, STATIVE, lowerAt, mentionAt, type Sentence } from "./sentence.ts";

/** Adverbs that may stand inside a passive verb group without "-ly": "has since been banned". */
const PASSIVE_ADVERB =
  /^(?:also|already|since|often|once|twice|again|long|still|even|never|sometimes|repeatedly|then|now|just)$/;

/** Whether the verb cue at [start, end) is passive: after a form of "be", or a reduced relative. */
export function isPassive(s: Sentence, start: number, end: number, cue: Cue): boolean {
  // "an app run by Turkcell": an irregular participle identical to the base form
  if (
    cue.form !== "past" &&
    cue.type !== "participle" &&
    !(cue.conditional === "passive" && lowerAt(s, end) === "by")
  )
    return false;
  let i = start - 1;
  while (
    i >= 0 &&
    ((AUX.has(lowerAt(s, i)) && !BE.has(lowerAt(s, i))) ||
      /ly$/.test(lowerAt(s, i)) ||
      lowerAt(s, i) === "not" ||
      lowerAt(s, i) === "all" ||
      // "has at times been restricted", "had already been blocked", "has since been banned"
      PASSIVE_ADVERB.test(lowerAt(s, i)) ||
      (lowerAt(s, i) === "times" && lowerAt(s, i - 1) === "at") ||
      (lowerAt(s, i) === "at" && lowerAt(s, i + 1) === "times") ||
      // 'was "blocked in China"': a quotation that opens on the participle
      ((lowerAt(s, i) === '"' || lowerAt(s, i) === "“") && i === start - 1))
  )
    i--;
  if (BE.has(lowerAt(s, i)) || STATIVE.test(lowerAt(s, i))) return true;
  // reduced relative: "an app owned by Durov", "platforms blocked in Russia"
  return lowerAt(s, end) === "by" || appositivePassive(s, start, end, cue);
}

/** Words of time that may stand between a comma and a participle: "Telegram, already blocked in July". */
const APPOSITIVE_ADVERB = /^(?:already|also|since|first|later|itself|then|once|long|previously|briefly)$/;

const PARTICIPLE_ADJUNCT =
  /^(?:in|on|since|over|for|during|after|until|last|by|from|across|earlier|nationwide)$/;

/**
 * "Telegram, already blocked in July over fraud, was listed …": a participle with an adjunct in
 * apposition to a platform says what was done to it.
 */
function appositivePassive(s: Sentence, start: number, end: number, cue: Cue): boolean {
  if (cue.form !== "past" && cue.type !== "participle") return false;
  let i = start - 1;
  while (i >= 0 && APPOSITIVE_ADVERB.test(lowerAt(s, i))) i--;
  if (lowerAt(s, i) !== "," || !PARTICIPLE_ADJUNCT.test(lowerAt(s, end))) return false;
  const before = mentionAt(s, i - 1);
  return !!before && before.end === i && before.entities[0]!.kind === "platform";
}

/** The places coordinated with the first one after a passive ("in Lithuania and Latvia"). */
export function placesFrom(s: Sentence, end: number, first: LexEntity): LexEntity[] {
  let at = s.mentions.find((m) => m.start >= end && m.entities[0] === first);
  const out = [first];
  while (at) {
    let k = at.end;
    while (/^(?:,|and|or)$/.test(lowerAt(s, k)) && k < at.end + 2) k++;
    const next = k > at.end ? mentionAt(s, k) : undefined;
    at = next?.entities[0]!.roles.includes("government-national") ? next : undefined;
    if (at && !out.includes(at.entities[0]!)) out.push(at.entities[0]!);
  }
  return out;
}

/**
 * The last author of an act in the article when it is an agency of `country` (its regulator); not a
 * court, whose judgments each settle their own case.
 */
export function actingAgency(s: Sentence, country: LexEntity | undefined): LexEntity | undefined {
  const last = s.ctx.lastAgent;
  return last && country && last.government === country.key && !last.roles.includes("court")
    ? last
    : undefined;
}

/** The platforms after "along with" / "together with" in the clause from `end`. */
export function alongWith(s: Sentence, end: number): Mention[] {
  for (let k = end; k < Math.min(s.tokens.length - 2, end + 10); k++) {
    const w = lowerAt(s, k);
    // (", along with …" goes on; any other comma ends the clause)
    if ((w === "," && !/^(?:along|together)$/.test(lowerAt(s, k + 1))) || /^(?:;|\.|but|while)$/.test(w))
      return [];
    if (/^(?:along|together)$/.test(w) && lowerAt(s, k + 1) === "with") {
      // "along with other foreign apps such as WhatsApp": past the class noun to its examples
      let f = k + 2;
      while (f < k + 7 && !mentionAt(s, f) && /^[\p{Ll}-]+$/u.test(s.tokens[f]?.text ?? "")) f++;
      const first = mentionAt(s, f);
      if (!first || first.entities[0]!.kind !== "platform") return [];
      return coordinated(s, first.end, [first]).filter((m) => m.entities[0]!.kind === "platform");
    }
  }
  return [];
}
