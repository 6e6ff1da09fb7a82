// Entities the lexicon does not hold, named once per article: the lexicon's own entity of that name,
// else the one the article already introduced, else a new one, remembered for the rest of the article.
import { slug, type LexEntity } from "./lexicon.ts";
import type { ArticleContext } from "./mentions.ts";

export function discoveredEntity(
  ctx: ArticleContext,
  label: string,
  fields: Omit<LexEntity, "key" | "label">,
): LexEntity {
  const key = slug(label);
  const e = ctx.lex.entityByKey.get(key) ?? ctx.discovered.get(label) ?? { key, label, ...fields };
  ctx.discovered.set(label, e);
  return e;
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
