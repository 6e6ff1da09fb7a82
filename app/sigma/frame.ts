// The whole graph's frame, labels included. sigma fits node centres into the stage, so the labels of the
// rightmost nodes ran off the canvas (and were cut at a panel's edge); a custom bounding box that reaches
// to the end of those labels keeps them in view at the default camera. Small graphs only: those are the
// ones whose labels all show.
import type { NewsSigma } from "./context.ts";
import { PLACED_LABELS_MAX_NODES } from "./labels.ts";

type Extent = { x: [number, number]; y: [number, number] };

/** The extent, in graph units, that holds every node and its label when framed into sigma's stage now. */
export function labelledExtent(sigma: NewsSigma, measure: (label: string) => number): Extent | null {
  const graph = sigma.getGraph();
  if (graph.order === 0 || graph.order > PLACED_LABELS_MAX_NODES) return null;
  const { width, height } = sigma.getDimensions();
  const padding = sigma.getSetting("stagePadding") ?? 0;
  const gap = 8; // between node and label, and after the label
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const nodes: { x: number; reach: number }[] = [];
  graph.forEachNode((_node, attributes) => {
    const { x, y, size, label } = attributes;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    nodes.push({ x, reach: size + gap + (label ? measure(label) : 0) });
  });
  if (nodes.length === 0) return null;
  const inner = { width: Math.max(1, width - 2 * padding), height: Math.max(1, height - 2 * padding) };
  // Pixels per graph unit depend on the extent being computed: a few rounds settle it.
  let right = maxX;
  for (let round = 0; round < 4; round++) {
    const dx = right - minX;
    const dy = maxY - minY;
    const scale = Math.min(dx > 0 ? inner.width / dx : Infinity, dy > 0 ? inner.height / dy : Infinity);
    if (!Number.isFinite(scale)) break;
    // The label reaches past the padding that sigma keeps anyway.
    right = Math.max(maxX, ...nodes.map((node) => node.x + Math.max(0, node.reach - padding) / scale));
  }
  return { x: [minX, right], y: [minY, maxY] };
}

/** Applies the labelled extent (or sigma's own, for big graphs); true when it changed. */
export function frameWithLabels(sigma: NewsSigma, measure: (label: string) => number): boolean {
  const extent = labelledExtent(sigma, measure);
  const current = sigma.getCustomBBox();
  const same =
    (!extent && !current) ||
    (!!extent &&
      !!current &&
      [0, 1].every(
        (i) => Math.abs(extent.x[i]! - current.x[i]!) < 1e-6 && Math.abs(extent.y[i]! - current.y[i]!) < 1e-6,
      ));
  if (same) return false;
  sigma.setCustomBBox(extent);
  // The normalisation that uses the box is computed when sigma processes the graph, not on a mere render.
  sigma.scheduleRefresh();
  return true;
}
