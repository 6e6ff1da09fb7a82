// Relations in one sentence: each action cue (verb, noun, participle, complement) looks for its
// subject and objects among the sentence's mentions; structural relations come from possessives,
// titles and appositions. One module per family of constructions.
import { cueOf } from "../lexicon.ts";
import { matchAt } from "../match.ts";
import type { ArticleContext, Mention } from "../mentions.ts";
import { SentenceTags } from "../pos.ts";
import type { Token } from "../tokens.ts";
import { markSkips } from "./arguments.ts";
import { accordingTo, postposedSpeaker } from "./reported.ts";
import { coverage } from "./coverage.ts";
import { demands } from "./demands.ts";
import { feelings } from "./feelings.ts";
import { office } from "./office.ts";
import { accession } from "./accession.ts";
import { ownership } from "./ownership.ts";
import { gapping } from "./gapping.ts";
import { imputations } from "./imputations.ts";
import { migrations, namedAlternatives } from "./migrations.ts";
import { reasons } from "./reasons.ts";
import { stopUsing } from "./stop-using.ts";
import { payments } from "./payments.ts";
import { licences } from "./licences.ts";
import { listings } from "./listings.ts";
import { actAuthorAt } from "./acts.ts";
import { ownedCompounds, ownerTitle, stateOwned, structural } from "./structural.ts";
import { baseVerbOk, processCue } from "./verbal.ts";
import { isPlace, type Sentence, type SentenceRelation } from "./sentence.ts";

export type { SentenceRelation };

export function sentenceRelations(
  tokens: Token[],
  mentions: Mention[],
  ctx: ArticleContext,
  text: string,
  base: number,
): SentenceRelation[] {
  const at = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, idx) => {
    for (let k = m.start; k < m.end; k++) at[k] = idx;
  });
  const s: Sentence = {
    tokens,
    mentions,
    at,
    skipTo: new Int32Array(tokens.length).fill(-1),
    lex: ctx.lex,
    ctx,
    out: [],
    alleged: [],
    pos: new SentenceTags(text, base, tokens),
  };
  markSkips(s);
  structural(s);
  office(s);
  accession(s);
  ownedCompounds(s);
  stateOwned(s);
  ownerTitle(s);
  ownership(s);
  accordingTo(s);
  postposedSpeaker(s);
  coverage(s);
  demands(s);
  feelings(s);
  imputations(s);
  for (let i = 0; i < tokens.length; i++) {
    if (at[i]! >= 0) continue;
    let cue = matchAt(ctx.lex.cues, tokens, i);
    if (!cue) continue;
    // "orders 10-day block on X": a base form that cannot be a verb here is read as the noun
    // ("have cut off X", "Russia shut down Y": a verb whose past is its base is read as the past)
    if (cue.value.type === "verb" && cue.value.form === "base" && !baseVerbOk(s, i)) {
      const words = cue.tokens.join(" ").toLowerCase();
      cue = cueOf(ctx.lex, words, "noun") ?? cueOf(ctx.lex, words, "verb", "past") ?? cue;
    }
    const end = i + cue.tokens.length;
    if (end > tokens.length || (end > i + 1 && at[end - 1]! >= 0)) continue;
    processCue(s, i, end, cue.value);
    i = end - 1;
  }
  reasons(s);
  gapping(s);
  migrations(s);
  namedAlternatives(s);
  stopUsing(s);
  payments(s);
  licences(s);
  listings(s);
  // ("backed the regulator's decision": what a bare "the decision" in the next sentences refers to)
  for (const m of mentions) if (m.possessive) actAuthorAt(s, m.start);
  return s.out;
}

export { isPlace as _isPlaceForTests };
