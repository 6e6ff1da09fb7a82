// Resolve + assemble: extractions → the graphology graph of the contract (README, "Graph JSON").
// Nodes and edges are inserted in key order and every attribute object is built with a fixed key
// order, so `graph.export()` serializes to the same bytes on every run.
import { MultiDirectedGraph } from "graphology";
import { layoutGraph } from "../layout/index.ts";
import type {
  Article,
  ArticleExtraction,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
} from "../types.ts";
import { articleMetas } from "./articles.ts";
import { resolve, type Resolution } from "./resolve.ts";

export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions {
  /** Keep entities that are mentioned but take part in no relation (default: drop them). */
  keepIsolated?: boolean;
  /** Stored as the `builtWith` graph attribute; must hold nothing time- or machine-dependent. */
  builtWith: GraphAttributes["builtWith"];
}

export function buildGraph(
  articles: readonly Article[],
  extractions: readonly ArticleExtraction[],
  options: BuildOptions,
): NewsGraph {
  const graph = assembleGraph(articles, resolve(extractions), options);
  layoutGraph(graph);
  return graph;
}

/** The graph without layout: positions 0, sizes 0, no colors yet. */
export function assembleGraph(
  articles: readonly Article[],
  resolution: Resolution,
  options: BuildOptions,
): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ articles: articleMetas(articles), builtWith: options.builtWith });

  const related = new Set(resolution.edges.flatMap((e) => [e.source, e.target]));
  for (const node of resolution.nodes) {
    if (!options.keepIsolated && !related.has(node.key)) continue;
    const { label, kind, category, aliases, mentions } = node;
    graph.addNode(node.key, { label, kind, category, aliases, mentions, x: 0, y: 0, size: 0, color: "" });
  }
  for (const { key, source, target, action, cameo, evidence } of resolution.edges) {
    graph.addDirectedEdgeWithKey(key, source, target, { action, cameo, weight: evidence.length, evidence });
  }
  return graph;
}

/** The graph JSON: graphology's own serialization, on one line. */
export function serializeGraph(graph: NewsGraph): string {
  return JSON.stringify(graph.export());
}
