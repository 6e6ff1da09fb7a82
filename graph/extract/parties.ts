// A party named by its adjective before a title: "Conservative Leader Pierre Poilievre", "Liberal MP
// Chris Bittle". The adjective becomes a mention of the one party whose name it begins, so the
// reader sees the party named and the office rules find it before the title. "The Liberal government"
// is the government of that party's country.
import type { CompiledLexicon, LexEntity } from "./lexicon.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import type { Token } from "./tokens.ts";

/** Titles a party's member or officer holds. */
const PARTY_TITLE =
  /^(?:leader|leaders|chair|chairman|chairwoman|mp|mps|lawmaker|lawmakers|senator|senators|deputy|legislator|critic|spokesman|spokeswoman|spokesperson|candidate|member|members|congressman|congresswoman)$/;

const ADJECTIVE = /^\p{Lu}\p{Ll}+$/u;

/** The mentions of a sentence with party adjectives before titles added. */
export function withPartyAdjectives(tokens: Token[], mentions: Mention[], ctx: ArticleContext): Mention[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) taken.add(k);
  const added: Mention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (taken.has(i) || !ADJECTIVE.test(word)) continue;
    if (/^(?:government|administration)$/.test(tokens[i + 1]!.lower) && !taken.has(i + 1)) {
      const party = partyNamed(ctx, word);
      const state = party ? partyCountry(ctx, party) : undefined;
      if (state)
        added.push({
          start: i,
          end: i + 2,
          entities: [state],
          surface: `${word} ${tokens[i + 1]!.text}`,
          via: "name",
          possessive: false,
        });
      continue;
    }
    // past one modifier of the title: "NDP heritage critic", "Labour shadow minister"
    const title = PARTY_TITLE.test(tokens[i + 1]!.lower) ? i + 1 : i + 2;
    if (!PARTY_TITLE.test(tokens[title]?.lower ?? "") || (title === i + 2 && taken.has(i + 1))) continue;
    const party = partyNamed(ctx, word);
    if (party)
      added.push({ start: i, end: i + 1, entities: [party], surface: word, via: "name", possessive: false });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The one party whose name, or a name it goes by ("the Greens" for the Australian Greens), begins
 * with `word`; of several, the one named after the article's country.
 */
function partyNamed(ctx: ArticleContext, word: string) {
  const parties = [...(partyFirstWords(ctx.lex).get(word.toLowerCase()) ?? [])];
  if (parties.length === 1) return parties[0];
  const country = ctx.home?.country;
  const home = country ? parties.filter((e) => e.label.includes(country)) : [];
  return home.length === 1 ? home[0] : undefined;
}

/** The government of the country a party's name includes ("Liberal Party of Canada"), else the article's. */
function partyCountry(ctx: ArticleContext, party: LexEntity): LexEntity | undefined {
  const named = ctx.lex.entities.filter(
    (e) => e.roles.includes("government-national") && e.country && party.label.includes(e.country),
  );
  return named.length === 1 ? named[0] : named.length === 0 ? ctx.home : undefined;
}

const firstWordsOf = new WeakMap<CompiledLexicon, Map<string, Set<LexEntity>>>();

/** The parties of the lexicon by the first word of each of their names, lower-cased, past "the". */
function partyFirstWords(lex: CompiledLexicon): Map<string, Set<LexEntity>> {
  let out = firstWordsOf.get(lex);
  if (out) return out;
  out = new Map();
  for (const phrases of lex.names.values())
    for (const p of phrases) {
      if (!p.value.roles.includes("party")) continue;
      const first = (p.tokens[0]?.toLowerCase() === "the" ? p.tokens[1] : p.tokens[0])?.toLowerCase();
      if (!first) continue;
      const set = out.get(first) ?? new Set();
      set.add(p.value);
      out.set(first, set);
    }
  firstWordsOf.set(lex, out);
  return out;
}
