// Entities the lexicon does not hold, named once per article: the lexicon's own entity of that name,
// else the one the article already introduced, else a new one, remembered for the rest of the article.
import { slug, type CompiledLexicon, type LexEntity, type Phrase } from "./lexicon.ts";
import type { ArticleContext } from "./mentions.ts";

export function discoveredEntity(
  ctx: ArticleContext,
  label: string,
  fields: Omit<LexEntity, "key" | "label">,
): LexEntity {
  const key = slug(label);
  const e = ctx.lex.entityByKey.get(key) ??
    ctx.discovered.get(label) ??
    shortenedName(ctx, label, fields.kind) ?? { key, label, ...fields };
  ctx.discovered.set(label, e);
  return e;
}

/**
 * "the House of Representatives" in a story about Egypt: a lexicon name that is only the end of its
 * entity's full name ("United States House of Representatives") is, like any shortened name, the
 * body the article has named or the home country's own when one fits; else the lexicon's entity.
 */
export function shortNameReferent(ctx: ArticleContext, name: Phrase<LexEntity>): LexEntity {
  const e = name.value;
  // (whether the alias only ends the entity's name is the phrase's own: worked out once per phrase)
  let alias = shortAliases.get(name);
  if (alias === undefined) {
    const short = name.tokens.join(" ");
    const full = e.label.toLowerCase();
    alias = full !== short.toLowerCase() && full.endsWith(` ${short.toLowerCase()}`) ? short : null;
    shortAliases.set(name, alias);
  }
  return alias === null ? e : (shortenedName(ctx, alias, e.kind) ?? e);
}

/** Each lexicon name phrase that only ends its entity's name, as written; null for any other. */
const shortAliases = new WeakMap<Phrase<LexEntity>, string | null>();

/**
 * "the U.S. Supreme Court … the Supreme Court": a name of two words or more that ends a longer name
 * ("<place> <name>") or opens one ("<name> of <place>") is that entity, shortened as a second
 * mention is: one the article has already named (the most present when several fit), else the
 * home country's own in the lexicon ("the Supreme Court" in a story about the United States).
 */
function shortenedName(ctx: ArticleContext, label: string, kind: LexEntity["kind"]): LexEntity | undefined {
  // ("the Senate", "the Court": one word, when it is an institution's)
  if (!/\s/.test(label.trim()) && !INSTITUTION_WORD.test(label.trim())) return undefined;
  const short = label.toLowerCase();
  // ("… Directorate of the Interior Ministry" is a part of the ministry, not the ministry)
  const fits = (full: string) =>
    (full.endsWith(` ${short}`) && !/\b(?:of|the|for|and|to)\b/.test(full.slice(0, -short.length))) ||
    full.startsWith(`${short} of `);
  let best: LexEntity | undefined;
  let bestSalience = -1;
  for (const [e, salience] of ctx.salience) {
    if (
      fits(e.label.toLowerCase()) &&
      e.kind === kind &&
      e.category !== "person" &&
      salience > bestSalience
    ) {
      best = e;
      bestSalience = salience;
    }
  }
  // (one word is too little to pick a body the article has not named: "the Council" may be anyone's)
  if (best || !ctx.home || !/\s/.test(label.trim())) return best;
  const home = homeNames(ctx.lex).get(ctx.home.key) ?? [];
  const found = new Set(home.filter((n) => n.entity.kind === kind && fits(n.name)).map((n) => n.entity));
  return found.size === 1 ? [...found][0] : undefined;
}

const INSTITUTION_WORD =
  /^(?:Senate|Parliament|Assembly|Court|Tribunal|Ministry|Commission|Council|Duma|Congress|Legislature|Cabinet)$/;

const homeNamesOf = new WeakMap<CompiledLexicon, Map<string, { name: string; entity: LexEntity }[]>>();

/** The lexicon's names of each government's bodies, lower-cased, by the government's key. */
function homeNames(lex: CompiledLexicon): Map<string, { name: string; entity: LexEntity }[]> {
  let out = homeNamesOf.get(lex);
  if (out) return out;
  out = new Map();
  for (const phrases of lex.names.values())
    for (const p of phrases) {
      const gov = p.value.government;
      if (!gov || p.value.category === "person") continue;
      const list = out.get(gov) ?? [];
      list.push({ name: p.tokens.join(" ").toLowerCase(), entity: p.value });
      out.set(gov, list);
    }
  homeNamesOf.set(lex, out);
  return out;
}

/**
 * A body of a country's government the lexicon lacks, named after the country ("Tanzanian parliament",
 * "Azerbaijani foreign ministry"); undefined for a government not labelled "<Demonym> government".
 */
export function nationalBody(
  ctx: ArticleContext,
  country: LexEntity,
  noun: string,
  roles: string[],
): LexEntity | undefined {
  if (!country.label.endsWith(" government")) return undefined;
  const label = `${country.label.slice(0, -" government".length)} ${noun}`;
  return discoveredEntity(ctx, label, {
    kind: "actor",
    category: "government",
    roles,
    ambiguous: false,
    government: country.key,
  });
}
