// Parts of speech for the relation rules, computed only for sentences that need them (where mentions
// and an action cue meet). Tags come from wink-nlp (graph/extract/syntax/tagger.ts); the rules ask
// coarse questions: is this token a verb, a noun, a past form?
import { tagTokens, type Tagged, type UPos } from "./syntax/tagger.ts";
import type { Token } from "./tokens.ts";

export type Coarse = "Verb" | "Noun" | "PastTense";

const PAST = /(?:ed|en|wn|lt|pt|ut|ght|id|ld|ng|nt|ck)$/;

export class SentenceTags {
  private tagged: Tagged | undefined;
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly tokens: Token[],
  ) {}

  get tags(): Tagged {
    return (this.tagged ??= tagTokens(this.text, this.base, this.tokens));
  }

  upos(i: number): UPos | undefined {
    return this.tags.pos[i];
  }

  lemma(i: number): string {
    return this.tags.lemma[i] ?? this.tokens[i]?.lower ?? "";
  }

  has(i: number, tag: Coarse): boolean {
    const p = this.tags.pos[i];
    if (tag === "Verb") return p === "VERB" || p === "AUX";
    if (tag === "Noun") return p === "NOUN" || p === "PROPN" || p === "PRON";
    // a past form: a verb whose lemma differs from it and that is not an -ing or -s form
    const t = this.tokens[i];
    if (p !== "VERB" || !t) return false;
    return t.lower !== this.lemma(i) && !/(?:ing|s)$/.test(t.lower) && PAST.test(t.lower);
  }
}
