// The articles added in the page this session and earlier ones: what the workspace saves, so a reload
// rebuilds them into the graph and links to them keep working.
import type { SavedArticle } from "./db.ts";

let added: SavedArticle[] = [];
const listeners = new Set<() => void>();

export function addedArticles(): readonly SavedArticle[] {
  return added;
}

export function onArticlesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function recordArticles(articles: readonly SavedArticle[], replace = false): void {
  const ids = new Set(articles.map((a) => a.id));
  added = [...(replace ? [] : added.filter((a) => !ids.has(a.id))), ...articles];
  for (const listener of listeners) listener();
}
