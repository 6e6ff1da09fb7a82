// Collective actors named by a common noun and a nationality: "Russian developers", "Turkish
// journalists", and the same said with a place after the noun: "critics in Ukraine" are Ukrainian
// critics. Each is a group node of its own, named the way the nationality comes first.
import { discoveredMention, surface } from "./discover.ts";
import { discoveredEntity } from "./discovered.ts";
import type { LexEntity } from "./lexicon.ts";
import { matchAt } from "./match.ts";
import type { ArticleContext, Mention } from "./mentions.ts";
import { isPossessiveMarker, type Token } from "./tokens.ts";

const group = (ctx: ArticleContext, label: string) =>
  discoveredEntity(ctx, label, { kind: "actor", category: "group", roles: ["group"], ambiguous: false });

/** "Russian developers" at token `i` (or after its determiner, at `start`). */
export function demonymGroup(
  tokens: Token[],
  i: number,
  start: number,
  ctx: ArticleContext,
): Mention | undefined {
  const dem = matchAt(ctx.lex.demonyms, tokens, start);
  if (!dem) return undefined;
  const j = start + dem.tokens.length;
  const noun = matchAt(ctx.lex.demonymGroups, tokens, j);
  if (!noun) return undefined;
  const end = j + noun.tokens.length;
  const label = surface(tokens, start, end);
  return discoveredMention(tokens, i, end, group(ctx, label), label);
}

/** "Critics in Ukraine", "journalists in Belarus": the group noun at `i`, then "in" and a country. */
export function placedGroup(tokens: Token[], i: number, ctx: ArticleContext): Mention | undefined {
  const noun = matchAt(ctx.lex.demonymGroups, tokens, i);
  if (!noun) return undefined;
  const at = i + noun.tokens.length;
  if (tokens[at]?.lower !== "in") return undefined;
  const place = matchAt(ctx.lex.names, tokens, at + 1);
  const demonym = place && demonymOf(place.value);
  const end = at + 1 + (place?.tokens.length ?? 0);
  // ("critics in Russia's parliament" are in the parliament, of no nationality said)
  if (!demonym || isPossessiveMarker(tokens[end])) return undefined;
  const label = `${demonym} ${surface(tokens, i, at).toLowerCase()}`;
  return discoveredMention(tokens, i, end, group(ctx, label), label);
}

/** The nationality a country's government is named by: "Ukrainian government" → "Ukrainian". */
function demonymOf(e: LexEntity): string | undefined {
  if (!e.roles.includes("government-national") || !e.country) return undefined;
  const m = /^(.+) government$/.exec(e.label);
  return m ? m[1] : undefined;
}
