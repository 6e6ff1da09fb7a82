// Independent sources behind a claim: how many distinct articles and distinct publishers say it. Ten
// sentences of one article are one source; two articles of one outlet are one publisher.
import type { ArticleMeta, Evidence } from "../types.ts";
import type { AnalysisScope, SourceCount } from "./types.ts";

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, "");
    return host || null;
  } catch {
    return null;
  }
}

/**
 * The publisher each article counts under: its `publisher` (case and spacing ignored), else its URL's host,
 * else the article itself — an article whose outlet is unknown cannot be shown to share one with another.
 */
export function publisherIndex(articles: readonly ArticleMeta[]): (article: string) => string {
  const byArticle = new Map<string, string>();
  for (const article of articles) {
    const name = article.publisher?.trim().toLowerCase().replace(/\s+/g, " ") || hostOf(article.url);
    if (name) byArticle.set(article.id, `publisher:${name}`);
  }
  return (article) => byArticle.get(article) ?? `article:${article}`;
}

/** Accumulates evidence and counts the distinct articles and publishers among it. */
export class SourceTally {
  private readonly articles = new Set<string>();
  private readonly publishers = new Set<string>();
  private sentences = 0;

  constructor(private readonly publisherOf: (article: string) => string) {}

  add(evidence: readonly Evidence[]): this {
    for (const item of evidence) {
      this.sentences++;
      if (this.articles.has(item.article)) continue;
      this.articles.add(item.article);
      this.publishers.add(this.publisherOf(item.article));
    }
    return this;
  }

  count(): SourceCount {
    return { articles: this.articles.size, publishers: this.publishers.size, sentences: this.sentences };
  }
}

/** The sources behind a set of edges of the scope. */
export function edgeSources(scope: AnalysisScope, edges: Iterable<string>): SourceCount {
  const tally = new SourceTally(scope.publisherOf);
  for (const edge of edges) tally.add(scope.evidenceOf(edge));
  return tally.count();
}
