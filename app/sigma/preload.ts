// The first paint, before React and the panels have loaded: the graph is drawn by sigma into the page's
// skeleton (index.html), with the URL's filters and selection already applied. <GraphCanvas> then adopts
// the instance (moving its container into the React tree, which keeps the drawing) instead of starting over.
import Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NewsGraph } from "../../graph/types.ts";
import { findEdge } from "../../graph/view/relations.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { decodeViewState, encodeViewState } from "../../graph/view/url.ts";
import { computeVisibility } from "../../graph/view/visibility.ts";
import { currentTheme } from "../appearance/theme.ts";
import type { NewsSigma } from "./context.ts";
import { DisplayState } from "./display.ts";
import { frameWithLabels } from "./frame.ts";
import { sigmaSettings } from "./settings.ts";
import { exposeTestHook, mark } from "./testHook.ts";

interface Preloaded {
  graph: NewsGraph;
  /** Null once adopted by <GraphCanvas>. */
  sigma: NewsSigma | null;
  container: HTMLElement;
  display: DisplayState;
  visibility: Visibility;
  filtersKey: string;
}

let preloaded: Preloaded | null = null;

/** The part of a view state that decides visibility, as a comparable string. */
export function filtersKey(view: ViewState): string {
  const { sizeBy: _size, colorBy: _color, ...filters } = view;
  return encodeViewState({
    ...filters,
    selection: null,
    reader: null,
    camera: null,
    path: null,
    picked: [],
  }).toString();
}

export function selectedItems(
  graph: NewsGraph,
  view: ViewState,
): { node: string | null; edge: string | null } {
  const node =
    view.selection?.type === "node" && graph.hasNode(view.selection.node) ? view.selection.node : null;
  const edge = view.selection?.type === "edge" ? findEdge(graph, view.selection) : null;
  return { node, edge };
}

/**
 * Draws `graph` into `container` now (the skeleton's stage). Returns false, drawing nothing, when the
 * container has no size yet (the app then draws once mounted).
 */
export function startSigma(graph: NewsGraph, container: HTMLElement): boolean {
  const view = decodeViewState(window.location.search);
  const { node, edge } = selectedItems(graph, view);
  // The skeleton opens its side panel when the app will, so the stage already has its final size.
  container.closest(".skeleton")?.classList.toggle("with-panel", !!(node || edge || view.reader));
  const rect = container.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return false;
  const visibility = computeVisibility(graph, view);
  const theme = currentTheme();
  const display = new DisplayState(graph, visibility, theme);
  display.update(visibility, node, edge);
  mark("sigma");
  const sigma: NewsSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(
    graph,
    container as HTMLDivElement,
    sigmaSettings(graph, display, theme),
  );
  display.labels.attach(sigma);
  frameWithLabels(sigma, (label) => display.labels.measure(label));
  exposeTestHook({
    sigma,
    graph,
    renderedAt: performance.now(),
    drawnLabels: () => [...display.labels.drawn],
  });
  container.closest(".skeleton")?.querySelector(".boot-hint")?.remove();
  requestAnimationFrame(() => exposeTestHook({ framedAt: performance.now() }));
  preloaded = { graph, sigma, container, display, visibility, filtersKey: filtersKey(view) };
  return true;
}

/** The early display state and visibility for this graph and filters, if the first paint made them. */
export function preloadedDisplay(graph: NewsGraph): DisplayState | null {
  return preloaded?.graph === graph ? preloaded.display : null;
}

export function preloadedVisibility(graph: NewsGraph, view: ViewState): Visibility | null {
  return preloaded?.graph === graph && preloaded.filtersKey === filtersKey(view)
    ? preloaded.visibility
    : null;
}

/** Hands the early sigma over to <GraphCanvas>, once. */
export function adoptSigma(graph: NewsGraph): { sigma: NewsSigma; container: HTMLElement } | null {
  if (!preloaded || preloaded.graph !== graph) return null;
  const { sigma, container } = preloaded;
  preloaded = { ...preloaded, sigma: null };
  return sigma ? { sigma, container } : null;
}
