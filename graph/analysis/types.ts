// Types of the analysis computations: what part of the graph they run on, and the rows they rank.
import type { Evidence, NewsGraph } from "../types.ts";

/**
 * The part of the graph an analysis reads: the current view (filters applied). Evidence is the evidence
 * that passes the view's article and modality filters, so counts agree with what the panels show.
 */
export interface AnalysisScope {
  graph: NewsGraph;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  evidenceOf: (edge: string) => readonly Evidence[];
  /** Evidence items behind an edge in the view: its weight, or the filtered evidence when a filter is on. */
  weightOf: (edge: string) => number;
  /** The publisher an article counts under (see sources.ts). */
  publisherOf: (article: string) => string;
}

/** How many independent sources back a row: distinct articles and distinct publishers, and the sentences. */
export interface SourceCount {
  articles: number;
  publishers: number;
  sentences: number;
}

/** One row of a ranking: a node, the value it is ranked by, and the sources behind it. */
export interface RankingRow extends SourceCount {
  node: string;
  label: string;
  value: number;
  /** The nodes at the other end of the counted relations, most backed first (who it blocks, who targets it). */
  others: string[];
}

export type Metric = "degree" | "weightedDegree" | "pagerank" | "betweenness";
