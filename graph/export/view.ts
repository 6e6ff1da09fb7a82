// What an export holds: the current view (what the filters show, graph/view's visibility) or the whole graph.
import { seenAttributes } from "../time/span.ts";
import { computeVisibility, evidenceFilterOn, visibleEvidence } from "../view/visibility.ts";
import type { NewsGraph } from "../types.ts";
import type { ViewState } from "../view/types.ts";
import { contractCopy, type ContractGraph } from "./contract.ts";

export type ExportScope = "view" | "graph";

/**
 * The contract graph of the view (`scope` "view") or of the whole graph. A view with an evidence filter
 * (articles, modality, time range) keeps on each edge the evidence the page lists for it, counts it in
 * `weight` and spans `firstSeen`/`lastSeen` over it: the export holds what the reader of the page sees.
 */
export function exportedGraph(graph: NewsGraph, state: ViewState, scope: ExportScope): ContractGraph {
  if (scope === "graph") return contractCopy(graph);
  const visibility = computeVisibility(graph, state);
  const copy = contractCopy(graph, visibility.nodes, visibility.edges);
  if (!evidenceFilterOn(state)) return copy;
  copy.forEachEdge((edge, attributes) => {
    const evidence = visibleEvidence(attributes.evidence, state);
    const { evidenceTotal: _total, firstSeen: _first, lastSeen: _last, ...rest } = attributes;
    copy.replaceEdgeAttributes(edge, {
      ...rest,
      weight: evidence.length,
      evidence,
      ...seenAttributes(evidence),
    });
  });
  return copy;
}
