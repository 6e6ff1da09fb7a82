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
