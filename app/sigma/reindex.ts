// Re-indexing what sigma draws without running the reducers again: the programs' order by zIndex and the
// label grid are rebuilt from the display data sigma holds. What a resize of the stage or the end of a
// series of partial refreshes needs; a full refresh would also re-run both reducers over every node and edge.
import type { NewsSigma } from "./context.ts";

export function reindex(sigma: NewsSigma, options: { schedule?: boolean } = {}): void {
  // A partial refresh of nothing, indexed: sigma marks its data for processing and renders.
  sigma.refresh({
    partialGraph: { nodes: [], edges: [] },
    skipIndexation: false,
    schedule: options.schedule ?? false,
  });
}
