// The large-graph mode: from a size on, the explorer turns off what costs a pass over the whole graph per
// interaction, or too much per frame, so that hover, search, selection and focus stay interactive. What it
// turns off is said on the stage (LargeGraphNote) and in README.md ("Performance").
import type { NewsGraph } from "../../graph/types.ts";

/**
 * From this many nodes + edges on, the graph is drawn in the large-graph mode (10k nodes with 40k edges
 * stay below it; 20k with 80k reach it). Tests lower it with `window.__newsgraphLargeGraphFrom`, set
 * before the page loads.
 */
export const LARGE_GRAPH_FROM = 100_000;

declare global {
  interface Window {
    /** Overrides LARGE_GRAPH_FROM (nodes + edges), for tests; read when a graph is loaded. */
    __newsgraphLargeGraphFrom?: number;
  }
}

/** What the large-graph mode turns off, as the stage's note says it. */
export const LARGE_GRAPH_OFF = [
  "edge labels",
  "curved parallel edges",
  "dimming around the hovered or selected node",
  "edges while the view moves",
  "the live layout",
] as const;

export function largeGraphFrom(): number {
  const override = typeof window === "undefined" ? undefined : window.__newsgraphLargeGraphFrom;
  return typeof override === "number" && override > 0 ? override : LARGE_GRAPH_FROM;
}

export function isLargeGraph(graph: Pick<NewsGraph, "order" | "size">): boolean {
  return graph.order + graph.size >= largeGraphFrom();
}
