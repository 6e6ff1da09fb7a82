// The reduce step over article records: whatever order the records come in (shards merged in any
// order, a build's own articles), the graph is the same bytes: resolve does not depend on the order of
// the extractions, and the articles are put in id order here. A merge of many records streams them
// through a RecordMerger, which keeps each article but lets its extraction go once it is counted.
import { byCodeUnit } from "../order.ts";
import type { Article, ArticleExtraction, GraphAttributes } from "../types.ts";
import { buildGraph, type NewsGraph } from "./index.ts";
import { Resolver, type Resolution } from "./resolve.ts";

/** What the merge needs of a record (graph/records/format.ts): the article and its extraction, if any. */
export interface MergeInput {
  article: Article;
  extraction: ArticleExtraction | null;
}

export interface MergeOptions {
  keepIsolated: boolean;
  maxEvidence: number;
  builtWith: GraphAttributes["builtWith"];
}

export class RecordMerger {
  private readonly resolver: Resolver;
  private readonly articles: Article[] = [];
  /** Sentences of the extractions added, for the summary. */
  sentences = 0;

  constructor(private readonly options: MergeOptions) {
    this.resolver = new Resolver({ maxEvidence: options.maxEvidence });
  }

  add({ article, extraction }: MergeInput): void {
    this.articles.push(article);
    if (!extraction) return;
    this.resolver.add(extraction, article.date);
    this.sentences += extraction.sentences;
  }

  /** Resolve, assemble and lay out; call once. */
  finish(): { graph: NewsGraph; resolution: Resolution } {
    const resolution = this.resolver.finish();
    const articles = this.articles.sort((a, b) => byCodeUnit(a.id, b.id));
    const { keepIsolated, builtWith } = this.options;
    return { graph: buildGraph(articles, resolution, { keepIsolated, builtWith }), resolution };
  }
}

export function mergeRecords(
  records: readonly MergeInput[],
  options: MergeOptions,
): { graph: NewsGraph; resolution: Resolution } {
  const merger = new RecordMerger(options);
  for (const record of records) merger.add(record);
  return merger.finish();
}
