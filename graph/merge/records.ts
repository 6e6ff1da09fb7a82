// The reduce step over article records: whatever order the records come in (shards merged in any
// order, a build's own articles), they are put in article-id order first, so resolve, assemble and
// layout see the same input and write the same bytes.
import { byCodeUnit } from "../order.ts";
import type { Article, ArticleExtraction, GraphAttributes } from "../types.ts";
import { buildGraph, resolve, type NewsGraph } from "./index.ts";
import type { Resolution } from "./resolve.ts";

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

export function mergeRecords(
  records: readonly MergeInput[],
  options: MergeOptions,
): { graph: NewsGraph; resolution: Resolution } {
  const sorted = [...records].sort((a, b) => byCodeUnit(a.article.id, b.article.id));
  const extractions = sorted.flatMap((r) => (r.extraction ? [r.extraction] : []));
  const resolution = resolve(extractions, { maxEvidence: options.maxEvidence });
  const graph = buildGraph(
    sorted.map((r) => r.article),
    resolution,
    { keepIsolated: options.keepIsolated, builtWith: options.builtWith },
  );
  return { graph, resolution };
}
