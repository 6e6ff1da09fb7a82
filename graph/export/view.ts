// What an export holds: the current view (what the filters show, graph/view's visibility) or the whole graph.
import { computeVisibility } from "../view/visibility.ts";
import type { NewsGraph, ViewState } from "../view/types.ts";
import { contractCopy, type ContractGraph } from "./contract.ts";

export type ExportScope = "view" | "graph";

/** The contract graph of the view (`scope` "view") or of the whole graph. */
export function exportedGraph(graph: NewsGraph, state: ViewState, scope: ExportScope): ContractGraph {
  if (scope === "graph") return contractCopy(graph);
  const visibility = computeVisibility(graph, state);
  return contractCopy(graph, visibility.nodes, visibility.edges);
}
