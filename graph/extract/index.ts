// Public entry of the extraction layers (sentences → mentions → relations).
// TEMPORARY placeholder while the real layers are written; the signature is final.
import type { Article, ArticleExtraction } from "../types.ts";

export interface EntityEntry {
  name: string;
  kind: "actor" | "platform";
  category: string;
  aliases: string[];
}
export interface Lexicon {
  entities: EntityEntry[];
  [more: string]: unknown;
}
export type CompiledLexicon = Lexicon;

export function defaultLexicon(): Lexicon {
  return { entities: [] };
}
/** Merges a user's extra lexicon (parsed JSON) into a base; throws an Error with a readable message if it is malformed. */
export function mergeLexicon(base: Lexicon, _extra: unknown): Lexicon {
  return base;
}
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  return lexicon;
}
export function extractArticle(article: Article, _lexicon: CompiledLexicon): ArticleExtraction {
  return { article: article.id, sentences: 0, mentions: [], relations: [] };
}
/** CAMEO event code per action; null for structural relations. */
export const CAMEO: Record<string, string | null> = {
  blocks: "1721",
  restricts: "1721",
  bans: "172",
  fines: "172",
  accuses: "112",
  criticizes: "111",
  promotes: "050",
  mandates: null,
  owns: null,
  founded: null,
  represents: null,
  modeled_on: null,
  alternative_to: null,
};
