// Parts of speech from compromise, computed only for sentences that need them
// (where mentions and an action cue meet) and aligned to our tokens by character offset.
import nlp from "compromise";
import type { Token } from "./tokens.ts";

interface CompromiseTerm {
  tags: string[];
  offset: { start: number; length: number };
}

export class SentenceTags {
  private tags: Set<string>[] | undefined;
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly tokens: Token[],
  ) {}

  private compute(): Set<string>[] {
    const byStart = new Map<number, Set<string>>();
    const doc = nlp(this.text).json({ offset: true, terms: { offset: true } }) as {
      terms: CompromiseTerm[];
    }[];
    for (const sentence of doc) for (const t of sentence.terms) byStart.set(t.offset.start, new Set(t.tags));
    return this.tokens.map((tok) => byStart.get(tok.start - this.base) ?? new Set<string>());
  }

  has(i: number, tag: string): boolean {
    this.tags ??= this.compute();
    return this.tags[i]?.has(tag) ?? false;
  }
}
