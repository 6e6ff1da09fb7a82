// `window.__newsgraph`: what end-to-end tests and the benchmark inspect (sigma's own graph state, timings).
import type { NewsGraph, ViewState } from "../../graph/view/types.ts";
import type { NewsSigma } from "./context.ts";

export interface NewsgraphTestHook {
  sigma?: NewsSigma;
  graph?: NewsGraph;
  /** performance.now() when sigma finished its first (synchronous) render. */
  renderedAt?: number;
  /** The current view state. */
  view?: ViewState;
  /** Nodes and edges the current filters leave visible, as sigma was told. */
  visible?: { nodes: number; edges: number };
  error?: string;
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphTestHook;
  }
}

export function exposeTestHook(values: Partial<NewsgraphTestHook>): void {
  window.__newsgraph = Object.assign(window.__newsgraph ?? {}, values);
}
