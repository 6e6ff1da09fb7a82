// `window.__newsgraph`: what end-to-end tests and the benchmark inspect (sigma's own graph state, timings).
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import type { NewsSigma } from "./context.ts";

export interface NewsgraphTestHook {
  sigma?: NewsSigma;
  graph?: NewsGraph;
  /** performance.now() when sigma finished its first (synchronous) render. */
  renderedAt?: number;
  /** performance.now() at the first animation frame after it (the first render on screen). */
  framedAt?: number;
  /** The current view state. */
  view?: ViewState;
  /** Node labels drawn in the last frame (app/sigma/labels.ts keeps them clear of each other). */
  drawnLabels?: () => string[];
  /** Nodes and edges the current filters leave visible, as sigma was told. */
  visible?: { nodes: number; edges: number };
  /** Nodes and edges of the paths "How are A and B connected" highlights, null when none. */
  path?: { nodes: string[]; edges: string[] } | null;
  /** On a large graph (app/sigma/scale.ts), what the explorer turned off; null below the threshold. */
  largeGraph?: string[] | null;
  /** Nodes picked by shift-click, as sigma was told. */
  picked?: string[];
  error?: string;
  /** Resolves once the workspace is saved in the browser and written to the project (npm start). */
  workspaceSaved?: () => Promise<void>;
  /** Milestones of the first paint (performance.now()), for the benchmark. */
  marks?: Record<string, number>;
}

declare global {
  interface Window {
    __newsgraph?: NewsgraphTestHook;
  }
}

export function exposeTestHook(values: Partial<NewsgraphTestHook>): void {
  window.__newsgraph = Object.assign(window.__newsgraph ?? {}, values);
}

/** Records a milestone of the first paint. */
export function mark(name: string): void {
  const hook = (window.__newsgraph ??= {});
  (hook.marks ??= {})[name] = performance.now();
}
