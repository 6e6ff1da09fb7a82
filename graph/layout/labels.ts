// Label boxes and their separation. The explorer draws every label of a small graph at a fixed pixel size to
// the right of its node, so "no overlap" is a question in pixels, at the size the graph is shown: the layout
// is framed into a reference stage, boxes (node disc + label) are pushed apart there, and positions are
// mapped back to layout units. Deterministic: fixed iteration order, no randomness.
import { hash32 } from "../hash.ts";
import { bounds } from "./geometry.ts";

/** Up to this many nodes the explorer shows every label at the default zoom, so layouts make room for them. */
export const LABELLED_GRAPH_MAX = 300;
/** The graph area a layout is made for, in pixels, inside sigma's stage padding (the panel-open stage at 1280×720). */
export const REFERENCE_STAGE = { width: 500, height: 520 };
/** sigma's label font size, and the gap it leaves between a node and its label (app/sigma/drawing.ts). */
export const LABEL_SIZE_PX = 13;
export const LABEL_GAP_PX = 4;
/** A bold 13 px label character is 7–8.5 px wide depending on the font; the layout assumes the widest. */
const LABEL_CHAR_PX = 8.4;
/** Room kept around every box. */
const MARGIN_PX = 3;

export interface LabelledNode {
  key: string;
  x: number;
  y: number;
  /** Radius in pixels at the default zoom (sigma's node size). */
  size: number;
  label: string;
  /** Nodes already placed that must not move (existing nodes when new ones are added). */
  fixed?: boolean;
}

export type MeasureLabel = (label: string) => number;

export const estimateLabelWidth: MeasureLabel = (label) => label.length * LABEL_CHAR_PX;

/** A node's box relative to its centre, in pixels: the disc, then the label to its right. */
export function labelBox(
  size: number,
  label: string,
  measure: MeasureLabel = estimateLabelWidth,
): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(size, LABEL_SIZE_PX / 2 + 2);
  const right = label ? size + LABEL_GAP_PX + measure(label) : size;
  return {
    left: -size - MARGIN_PX,
    right: right + MARGIN_PX,
    top: -half - MARGIN_PX,
    bottom: half + MARGIN_PX,
  };
}

interface Box {
  node: LabelledNode;
  /** Centre in stage pixels. */
  px: number;
  py: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How layout units map to stage pixels when the nodes' extent is fitted into `stage` (as sigma frames it). */
export function fitScale(
  nodes: readonly { x: number; y: number }[],
  stage: { width: number; height: number },
): number {
  const { width: dx, height: dy } = bounds(nodes);
  if (!(dx > 0) && !(dy > 0)) return 1;
  return Math.min(dx > 0 ? stage.width / dx : Infinity, dy > 0 ? stage.height / dy : Infinity);
}

function overlap(a: Box, b: Box): { x: number; y: number } | null {
  const x = Math.min(a.px + a.right, b.px + b.right) - Math.max(a.px + a.left, b.px + b.left);
  const y = Math.min(a.py + a.bottom, b.py + b.bottom) - Math.max(a.py + a.top, b.py + b.top);
  return x > 0 && y > 0 ? { x, y } : null;
}

/** Pairs of boxes that overlap, by key; what the separation drives to none where there is room. */
export function overlappingLabels(
  nodes: readonly LabelledNode[],
  stage: { width: number; height: number } = REFERENCE_STAGE,
  measure: MeasureLabel = estimateLabelWidth,
): [string, string][] {
  const boxes = toBoxes(nodes, fitScale(nodes, stage), measure);
  const pairs: [string, string][] = [];
  forEachCandidatePair(boxes, (a, b) => {
    if (overlap(a, b)) pairs.push([a.node.key, b.node.key]);
  });
  return pairs;
}

function toBoxes(nodes: readonly LabelledNode[], scale: number, measure: MeasureLabel): Box[] {
  return nodes.map((node) => ({
    node,
    px: node.x * scale,
    // sigma's y axis points up, the screen's down: labels are symmetric vertically, so only x matters.
    py: -node.y * scale,
    ...labelBox(node.size, node.label, measure),
  }));
}

/** Calls `visit` for every pair of boxes that may overlap (a grid of cells as wide as the widest box). */
function forEachCandidatePair(boxes: readonly Box[], visit: (a: Box, b: Box) => void): void {
  let cellW = 1;
  let cellH = 1;
  for (const box of boxes) {
    cellW = Math.max(cellW, box.right - box.left);
    cellH = Math.max(cellH, box.bottom - box.top);
  }
  const cells = new Map<string, number[]>();
  boxes.forEach((box, i) => {
    const key = `${Math.floor(box.px / cellW)},${Math.floor(box.py / cellH)}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  boxes.forEach((box, i) => {
    const cx = Math.floor(box.px / cellW);
    const cy = Math.floor(box.py / cellH);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) if (j > i) visit(box, boxes[j]!);
      }
    }
  });
}

/**
 * Moves nodes so that their boxes stop overlapping when the graph is framed into `stage`; fixed nodes stay.
 * Each round pushes overlapping pairs apart along the axis where they overlap least, then re-frames (a push
 * outwards shrinks everything on screen). Returns the new positions in layout units: the first without
 * overlaps, or where there is not room for all, the round that had fewest.
 */
export function separateLabels(
  nodes: readonly LabelledNode[],
  options: { stage?: { width: number; height: number }; iterations?: number; measure?: MeasureLabel } = {},
): Map<string, { x: number; y: number }> {
  const stage = options.stage ?? REFERENCE_STAGE;
  const measure = options.measure ?? estimateLabelWidth;
  const iterations = options.iterations ?? 200;
  const positions = nodes.map((node) => ({ ...node }));
  const snapshot = () => new Map(positions.map((p) => [p.key, { x: p.x, y: p.y }]));
  let best = { overlaps: Infinity, positions: snapshot() };
  for (let round = 0; round <= iterations; round++) {
    const scale = fitScale(positions, stage);
    const boxes = toBoxes(positions, scale, measure);
    let overlaps = 0;
    forEachCandidatePair(boxes, (a, b) => {
      const o = overlap(a, b);
      if (!o || (a.node.fixed && b.node.fixed)) return;
      overlaps++;
      const share = a.node.fixed ? [0, 1] : b.node.fixed ? [1, 0] : [0.5, 0.5];
      // Box centres, not node centres: a label sticks out to the right.
      const ax = a.px + (a.left + a.right) / 2;
      const bx = b.px + (b.left + b.right) / 2;
      const ay = a.py + (a.top + a.bottom) / 2;
      const by = b.py + (b.top + b.bottom) / 2;
      const tie = hash32(`${a.node.key}\u0000${b.node.key}`) % 2 === 0 ? 1 : -1;
      // Slightly more than the overlap, so pairs do not stay in contact.
      if (o.y <= o.x) {
        const sign = by > ay ? 1 : by < ay ? -1 : tie;
        a.py -= sign * (o.y + 0.5) * share[0]!;
        b.py += sign * (o.y + 0.5) * share[1]!;
      } else {
        const sign = bx > ax ? 1 : bx < ax ? -1 : tie;
        a.px -= sign * (o.x + 0.5) * share[0]!;
        b.px += sign * (o.x + 0.5) * share[1]!;
      }
    });
    if (overlaps < best.overlaps) best = { overlaps, positions: snapshot() };
    if (overlaps === 0) break;
    boxes.forEach((box, i) => {
      if (box.node.fixed) return;
      positions[i]!.x = box.px / scale;
      positions[i]!.y = -box.py / scale;
    });
  }
  return best.positions;
}
