// Withdrawing an outlet's or a service's licence bans it: "Ofcom revoked RT's British licence",
// "the regulator cancelled the licence of RT DE", "stripped the channel of its licence". The one who
// revokes is the subject of the verb.
import type { Cue } from "../lexicon.ts";
import { modalityAt } from "../modality.ts";
import { findSubject } from "./arguments.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";
import type { Mention } from "../mentions.ts";

const REVOKE =
  /^(?:revoke|revokes|revoked|revoking|withdraw|withdraws|withdrew|withdrawing|cancel|cancels|cancelled|canceled|cancelling|pulled|suspend|suspends|suspended|suspending)$/;
const STRIP = /^(?:strip|strips|stripped|stripping)$/;
const LICENCE = /^(?:licen[cs]es?|permit|permits|accreditation)$/;
/** The words without which no sentence holds a revoked licence (the sentence filter asks for them). */
export const LICENCE_TRIGGER = LICENCE;
const CUE: Cue = { action: "bans", type: "verb", form: "past" };

export function licences(s: Sentence): void {
  for (let v = 1; v + 2 < s.tokens.length; v++) {
    const w = lowerAt(s, v);
    const held = REVOKE.test(w) ? licenceHolder(s, v + 1) : STRIP.test(w) ? strippedOf(s, v + 1) : undefined;
    if (!held) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    const by = findSubject(s, v, CUE);
    if (!by || by.kind !== "actor") continue;
    for (const e of held.entities) emit(s, by, "bans", e, mod, "licence.revoked");
  }
}

/** "RT's (British broadcasting) licence", "the licence of RT DE": who holds the licence after the verb. */
function licenceHolder(s: Sentence, k: number): Mention | undefined {
  const owner = mentionAt(s, k);
  if (owner?.possessive) {
    let j = owner.end + 1;
    for (let n = 0; n < 3 && !LICENCE.test(lowerAt(s, j)); n++) {
      if (!/^[\p{L}-]+$/u.test(s.tokens[j]?.text ?? "") || mentionAt(s, j)) return undefined;
      j++;
    }
    return LICENCE.test(lowerAt(s, j)) ? owner : undefined;
  }
  let j = k;
  if (/^(?:the|a|its)$/.test(lowerAt(s, j))) j++;
  for (let n = 0; n < 2 && !LICENCE.test(lowerAt(s, j)); n++) j++;
  if (!LICENCE.test(lowerAt(s, j)) || lowerAt(s, j + 1) !== "of") return undefined;
  const held = mentionAt(s, j + 2) ?? (lowerAt(s, j + 2) === "the" ? mentionAt(s, j + 3) : undefined);
  return held && !held.possessive ? held : undefined;
}

/** "stripped RT of its licence": the one stripped, when what it loses is a licence. */
function strippedOf(s: Sentence, k: number): Mention | undefined {
  const held = mentionAt(s, k);
  if (!held || held.possessive || lowerAt(s, held.end) !== "of") return undefined;
  let j = held.end + 1;
  if (/^(?:its|their|the)$/.test(lowerAt(s, j))) j++;
  for (let n = 0; n < 2 && !LICENCE.test(lowerAt(s, j)); n++) j++;
  return LICENCE.test(lowerAt(s, j)) ? held : undefined;
}
