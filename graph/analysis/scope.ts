// The analysis scope of a view: the visible nodes and edges and the evidence that passes the filters.
import type { ArticleMeta, NewsGraph } from "../types.ts";
import type { ViewState, Visibility } from "../view/types.ts";
import { evidenceFilterOn, visibleEvidence } from "../view/visibility.ts";
import { publisherIndex } from "./sources.ts";
import type { AnalysisScope } from "./types.ts";

export function analysisScope(
  graph: NewsGraph,
  visibility: Pick<Visibility, "nodes" | "edges">,
  state: Pick<ViewState, "articles" | "hiddenModalities" | "from" | "to" | "hideUndated">,
): AnalysisScope {
  const filtersEvidence = evidenceFilterOn(state as ViewState);
  const articles: ArticleMeta[] = graph.getAttribute("articles") ?? [];
  const evidenceOf = (edge: string) => {
    const evidence = graph.getEdgeAttribute(edge, "evidence") ?? [];
    return filtersEvidence ? visibleEvidence(evidence, state as ViewState) : evidence;
  };
  return {
    graph,
    nodes: visibility.nodes,
    edges: visibility.edges,
    evidenceOf,
    // A capped edge holds fewer items than it found: its weight counts them all.
    weightOf: (edge) =>
      filtersEvidence
        ? evidenceOf(edge).length
        : (graph.getEdgeAttribute(edge, "weight") ?? evidenceOf(edge).length),
    publisherOf: publisherIndex(articles),
  };
}

/** The whole graph as a scope (no filter). */
export function wholeGraphScope(graph: NewsGraph): AnalysisScope {
  return analysisScope(
    graph,
    { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) },
    { articles: [], hiddenModalities: [] },
  );
}
