// A surname shared by coordinated first names: "the brothers Pavel and Nikolai Durov" names Pavel
// Durov and Nikolai Durov. The first name alone becomes a mention of the person with that surname
// (the lexicon's, else one discovered for the article), so both hold whatever the phrase does.
import { NOT_NAMES } from "./discover.ts";
import { discoveredEntity } from "./discovered.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";

/** A lone capitalised first name: one word of letters. */
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;

/** The mentions of a sentence with the first names that share a following person's surname added. */
export function withSharedSurnames(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) taken.add(k);
  const added: Mention[] = [];
  for (const m of mentions) {
    const person = m.entities[0]!;
    const words = m.surface.split(/\s+/);
    if (person.category !== "person" || words.length < 2 || m.end - m.start !== words.length) continue;
    const first = m.start - 2;
    if (first < 0 || tokens[m.start - 1]!.lower !== "and" || taken.has(first)) continue;
    // "Pavel and Nikolai Durov", not "Moscow and Nikolai Durov": a capitalised word that starts no
    // other name, after a word that is not itself capitalised (or at the sentence start)
    if (!FIRST_NAME.test(tokens[first]!.text) || NOT_NAMES.has(tokens[first]!.text)) continue;
    const before = tokens[first - 1];
    if (before && /^\p{Lu}/u.test(before.text)) continue;
    const label = [tokens[first]!.text, ...words.slice(1)].join(" ");
    const sibling = discoveredEntity(ctx, label, {
      kind: "actor",
      category: "person",
      roles: [],
      ambiguous: false,
    });
    if (sibling.category !== "person") continue;
    added.push({
      start: first,
      end: first + 1,
      entities: [sibling],
      surface: tokens[first]!.text,
      via: "discovered",
      possessive: false,
    });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
