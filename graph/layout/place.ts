// Where the nodes of added articles go: near their neighbours, in free space, without moving what the reader
// already knows. Each new node takes the free spot nearest its placed neighbours (new nodes connected only
// to new ones follow them; a new component starts outside the layout), then a short local layout (the
// label separation with the old nodes fixed) settles the new ones. Deterministic: spots are tried in an
// order that depends only on the node's key.
import type Graph from "graphology";
import { hash32 } from "../hash.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.ts";
import { RectGrid, bounds, intersects, type Rect } from "./geometry.ts";
import {
  LABELLED_GRAPH_MAX,
  REFERENCE_STAGE,
  fitScale,
  labelBox,
  separateLabels,
  type LabelledNode,
} from "./labels.ts";

type PlacingGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Spots tried per ring, and rings tried, around a node's anchor. */
const SPOTS_PER_RING = 16;
const RINGS = 80;
/** Distance between rings, in reference-stage pixels. */
const RING_PX = 14;

/** Placed boxes by cell, so a spot is checked against its neighbourhood only. */
class Taken {
  private grid = new RectGrid<Rect>(160);

  add(rect: Rect): void {
    this.grid.add(rect, rect);
  }

  free(rect: Rect): boolean {
    return !this.grid.some(rect, (other) => intersects(rect, other));
  }
}

export function placeAddedNodes(graph: PlacingGraph, added: readonly string[]): void {
  const fresh = new Set(added.filter((node) => graph.hasNode(node)));
  const placed = graph.filterNodes(
    (node, a) => !fresh.has(node) && Number.isFinite(a.x) && Number.isFinite(a.y),
  );
  if (fresh.size === 0 || placed.length === 0) return;
  const scale = fitScale(
    placed.map((node) => graph.getNodeAttributes(node)),
    REFERENCE_STAGE,
  );
  // Boxes in reference pixels (y downwards does not matter: boxes are symmetric vertically).
  const boxAt = (node: string, x: number, y: number): Rect => {
    const a = graph.getNodeAttributes(node);
    const box = labelBox(a.size, a.label ?? "");
    return {
      left: x * scale + box.left,
      right: x * scale + box.right,
      top: y * scale + box.top,
      bottom: y * scale + box.bottom,
    };
  };
  const taken = new Taken();
  for (const node of placed) {
    const a = graph.getNodeAttributes(node);
    taken.add(boxAt(node, a.x, a.y));
  }
  const position = new Map(placed.map((node) => [node, graph.getNodeAttributes(node)] as const));
  const extent = bounds(placed.map((node) => position.get(node)!));

  for (const node of placementOrder(graph, fresh, new Set(placed))) {
    const neighbours = graph.neighbors(node).filter((n) => position.has(n));
    const angle = (hash32(node) / 2 ** 32) * 2 * Math.PI;
    const anchor =
      neighbours.length > 0
        ? centroid(neighbours.map((n) => position.get(n)!))
        : // Unconnected to anything placed: just outside the layout, in a direction of its own.
          {
            x: (extent.minX + extent.maxX) / 2 + Math.cos(angle) * (extent.width / 2 + 40 / scale),
            y: (extent.minY + extent.maxY) / 2 + Math.sin(angle) * (extent.height / 2 + 40 / scale),
          };
    let spot = anchor;
    search: for (let ring = 1; ring <= RINGS; ring++) {
      const radius = (ring * RING_PX) / scale;
      for (let i = 0; i < SPOTS_PER_RING; i++) {
        const a = angle + (2 * Math.PI * i) / SPOTS_PER_RING;
        const candidate = { x: anchor.x + Math.cos(a) * radius, y: anchor.y + Math.sin(a) * radius };
        const box = boxAt(node, candidate.x, candidate.y);
        if (taken.free(box)) {
          spot = candidate;
          break search;
        }
      }
    }
    taken.add(boxAt(node, spot.x, spot.y));
    position.set(node, { ...graph.getNodeAttributes(node), ...spot });
    graph.mergeNodeAttributes(node, { x: round(spot.x), y: round(spot.y) });
  }

  if (graph.order > LABELLED_GRAPH_MAX) return;
  const nodes: LabelledNode[] = graph.mapNodes((key, a) => ({
    key,
    x: a.x,
    y: a.y,
    size: a.size,
    label: a.label ?? "",
    fixed: !fresh.has(key),
  }));
  for (const [key, p] of separateLabels(nodes, { iterations: 60 })) {
    if (fresh.has(key)) graph.mergeNodeAttributes(key, { x: round(p.x), y: round(p.y) });
  }
}

/** New nodes with placed neighbours first (most such neighbours first), then breadth first from them. */
function placementOrder(
  graph: PlacingGraph,
  fresh: ReadonlySet<string>,
  placed: ReadonlySet<string>,
): string[] {
  const order: string[] = [];
  const done = new Set<string>();
  const linked = (node: string) => graph.neighbors(node).filter((n) => placed.has(n) || done.has(n)).length;
  const remaining = [...fresh].sort();
  while (remaining.length > 0) {
    // The next node is the one most tied to what is placed already; ties by key.
    let best = 0;
    for (let i = 1; i < remaining.length; i++) if (linked(remaining[i]!) > linked(remaining[best]!)) best = i;
    const [node] = remaining.splice(best, 1);
    order.push(node!);
    done.add(node!);
  }
  return order;
}

function centroid(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}
