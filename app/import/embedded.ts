// A standalone snapshot carries its graph (and view) inside the page (graph/export/standalone.ts).
import { EMBEDDED_GRAPH_ID, EMBEDDED_VIEW_ID } from "../../graph/export/standalone.ts";

/** The embedded graph JSON, parsed; null on a normal page. */
export function embeddedGraphData(): unknown {
  const element = document.getElementById(EMBEDDED_GRAPH_ID);
  if (!element || element.getAttribute("type") !== "application/json") return null;
  return JSON.parse(element.textContent ?? "null");
}

export const isStandalone = (): boolean => document.getElementById(EMBEDDED_GRAPH_ID) !== null;

/** Puts the embedded view into the URL, unless the URL already says which view to show. */
export function applyEmbeddedView(): void {
  const element = document.getElementById(EMBEDDED_VIEW_ID);
  if (!element || window.location.search) return;
  const query = JSON.parse(element.textContent ?? '""');
  if (typeof query !== "string" || !query) return;
  try {
    window.history.replaceState(null, "", `${window.location.pathname}?${query}${window.location.hash}`);
  } catch {
    // Some browsers refuse history changes on file:// pages; the snapshot then opens unfiltered.
  }
}
