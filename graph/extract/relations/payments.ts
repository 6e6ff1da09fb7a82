// An order to pay a sum is a fine: "a Moscow court ordered Google to pay 7.2 billion roubles",
// "the regulator required Meta to pay a penalty". The one who orders fines the one told to pay
// (the passive, "Google was ordered to pay", is the lexicon's cue "order to pay").
import type { Cue, LexEntity } from "../lexicon.ts";
import type { Mention } from "../mentions.ts";
import { findSubject } from "./arguments.ts";
import { emit, lowerAt, mentionAt, type Sentence } from "./sentence.ts";
import { modalityAt } from "../modality.ts";

const ORDER =
  /^(?:order|orders|ordered|ordering|require|requires|required|requiring|force|forces|forced|tell|tells|told|telling|direct|directs|directed|directing|instruct|instructs|instructed|instructing)$/;
const CUE: Cue = { action: "fines", type: "verb", form: "past" };
/** What follows "to pay" in a penalty: a sum ("7.2 billion roubles", "$12 million") or its name. */
const SUM = /^(?:[$€£¥₽]?\d[\d.,]*|a|an|the|fines?|penalt(?:y|ies)|damages|compensation)$/;

export function payments(s: Sentence): void {
  for (let i = 2; i + 1 < s.tokens.length; i++) {
    if (lowerAt(s, i) !== "pay" || lowerAt(s, i - 1) !== "to" || !SUM.test(lowerAt(s, i + 1))) continue;
    const passive = orderedBy(s, i - 2);
    if (passive) {
      const mod = modalityAt(s.tokens, passive.verb, passive.verb + 1);
      if (mod !== "negated")
        for (const e of passive.payer.entities)
          emit(s, passive.agent, "fines", e, mod, "penalties.ordered-to-pay");
      continue;
    }
    const payer = mentionAt(s, i - 2);
    if (!payer || payer.possessive || payer.entities[0]!.category === "government") continue;
    const v = payer.start - 1;
    if (!ORDER.test(lowerAt(s, v))) continue;
    const mod = modalityAt(s.tokens, v, v + 1);
    if (mod === "negated") continue;
    const orderer = findSubject(s, v, CUE);
    if (!orderer || orderer.kind !== "actor") continue;
    for (const e of payer.entities) emit(s, orderer, "fines", e, mod, "penalties.ordered-to-pay");
  }
}

/**
 * "Google was ordered by a Moscow court to pay …": the agent of a passive order ending at `last`,
 * the verb, and the one ordered, the passive's subject right before "was".
 */
function orderedBy(
  s: Sentence,
  last: number,
): { agent: LexEntity; payer: Mention; verb: number } | undefined {
  const agent = mentionAt(s, last);
  if (!agent || agent.end !== last + 1) return undefined;
  let by = agent.start - 1;
  if (/^(?:a|an|the)$/.test(lowerAt(s, by))) by--;
  const verb = by - 1;
  if (lowerAt(s, by) !== "by" || !ORDER.test(lowerAt(s, verb)) || !BE.test(lowerAt(s, verb - 1)))
    return undefined;
  const payer = mentionAt(s, verb - 2);
  const e = agent.entities[0]!;
  return payer && !payer.possessive && e.kind === "actor" ? { agent: e, payer, verb } : undefined;
}

const BE = /^(?:was|were|is|are|been|be)$/;
