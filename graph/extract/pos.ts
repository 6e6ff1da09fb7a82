// Parts of speech from compromise, computed only for sentences that need them
// (where mentions and an action cue meet) and aligned to our tokens by character offset.
import nlp from "compromise";
import type { Token } from "./tokens.ts";

interface CompromiseTerm {
  tags: Set<string>;
  offset: { start: number; length: number };
}
const EMPTY = new Set<string>();

export class SentenceTags {
  private tags: Set<string>[] | undefined;
  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly tokens: Token[],
  ) {}

  private compute(): Set<string>[] {
    const byStart = new Map<number, Set<string>>();
    // compromise's own term objects carry tags and offsets; serialising to JSON costs more than tagging
    const doc = nlp(this.text) as unknown as { compute(what: string): void; docs: CompromiseTerm[][] };
    doc.compute("offset");
    for (const terms of doc.docs) for (const t of terms) byStart.set(t.offset.start, t.tags);
    return this.tokens.map((tok) => byStart.get(tok.start - this.base) ?? EMPTY);
  }

  has(i: number, tag: string): boolean {
    this.tags ??= this.compute();
    return this.tags[i]?.has(tag) ?? false;
  }
}
