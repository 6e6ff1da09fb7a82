// Layout and appearance, computed once in the build so the explorer's first paint needs no layout.
// Deterministic: seeded positions, a fixed number of iterations, a seeded random for noverlap,
// and coordinates rounded so float noise never reaches the output.
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { hash32 } from "../hash.ts";
import { categoryColor } from "../palette.ts";
import { seededRandom } from "../random.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.ts";
import { LABELLED_GRAPH_MAX, separateLabels } from "./labels.ts";

type LayoutGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 30;

export function layoutGraph(graph: LayoutGraph): void {
  if (graph.order === 0) return;
  const seeds = seedPositions(graph);
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, {
      ...seeds.get(node),
      size: round(nodeSize(graph.degree(node))),
      color: categoryColor(attrs.kind, attrs.category),
    });
  });
  forceAtlas2.assign(graph, {
    iterations: forceAtlas2Iterations(graph.order),
    settings: forceAtlas2.inferSettings(graph), // Barnes–Hut above 2,000 nodes
    getEdgeWeight: "weight",
  });
  // noverlap only draws random numbers to split nodes sitting on the very same spot.
  withSeededRandom(graph.order, () =>
    noverlap.assign(graph, {
      maxIterations: graph.order <= 2000 ? 100 : 50,
      // The default 20×20 grid makes large graphs quadratic; about one node per cell keeps it linear.
      settings: { gridSize: Math.max(20, Math.round(Math.sqrt(graph.order))) },
    }),
  );
  if (graph.order <= LABELLED_GRAPH_MAX) makeRoomForLabels(graph);
  graph.forEachNode((node, attrs) => {
    const seed = seeds.get(node)!;
    graph.mergeNodeAttributes(node, {
      x: Number.isFinite(attrs.x) ? round(attrs.x) : seed.x,
      y: Number.isFinite(attrs.y) ? round(attrs.y) : seed.y,
    });
  });
}

/** Moves nodes apart until no label covers another label or node (graph/layout/labels.ts). */
export function makeRoomForLabels(graph: LayoutGraph, fixed: ReadonlySet<string> = new Set()): void {
  const nodes = graph.mapNodes((key, a) => ({
    key,
    x: a.x,
    y: a.y,
    size: a.size,
    label: a.label ?? "",
    fixed: fixed.has(key),
  }));
  for (const [key, position] of separateLabels(nodes)) graph.mergeNodeAttributes(key, position);
}

/** Bigger for better-connected nodes, in sigma's pixel units. */
export function nodeSize(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 3 * Math.sqrt(degree));
}

/**
 * A fixed iteration count per size band, fewer as graphs grow, so layout stays a few seconds
 * (measured: ~2 s at 1,000 nodes without Barnes–Hut, ~2.5 s at 8,000 with it, ~5 s at 20,000).
 */
export function forceAtlas2Iterations(order: number): number {
  if (order <= 300) return 500;
  if (order <= 1000) return 200;
  if (order <= 2000) return 60;
  if (order <= 10000) return 30;
  return 20;
}

/**
 * A node's starting point depends only on its key (two hashes → angle and radius in a disk),
 * so adding one article does not reshuffle every other node.
 */
function seedPositions(graph: LayoutGraph): Map<string, { x: number; y: number }> {
  const radius = 10 * Math.sqrt(graph.order);
  const seeds = new Map<string, { x: number; y: number }>();
  graph.forEachNode((node) => {
    const angle = (hash32(node) / 2 ** 32) * 2 * Math.PI;
    const r = radius * Math.sqrt(0.05 + 0.95 * (hash32(node, 0x9e3779b9) / 2 ** 32));
    seeds.set(node, { x: round(r * Math.cos(angle)), y: round(r * Math.sin(angle)) });
  });
  return seeds;
}

/** Runs `fn` with Math.random replaced by a seeded generator; layout code is synchronous. */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Two decimals, and never -0, so the JSON is the same on every run. */
function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}
