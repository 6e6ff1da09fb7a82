import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutGraph, MAX_NODE_SIZE, MIN_NODE_SIZE, nodeSize } from "../graph/layout/index.ts";
import {
  overlappingLabels,
  REFERENCE_STAGE,
  separateLabels,
  type LabelledNode,
} from "../graph/layout/labels.ts";
import { ACTION_COLORS, CATEGORY_COLORS, KIND_COLORS } from "../graph/palette.ts";
import { ACTIONS, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from "../graph/types.ts";

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** A ring with chords: `order` nodes, every node linked to the next and to one a third of the way round. */
function ringGraph(order: number): G {
  const graph: G = new MultiDirectedGraph();
  const categories = Object.keys(CATEGORY_COLORS);
  for (let i = 0; i < order; i++) {
    const category = categories[i % categories.length]!;
    graph.addNode(`n${i}`, {
      label: `Node ${i}`,
      kind: i % 2 ? "platform" : "actor",
      category,
      aliases: [],
      mentions: 1,
      x: 0,
      y: 0,
      size: 0,
      color: "",
    });
  }
  const edge = (weight: number): EdgeAttributes => ({
    action: "blocks",
    cameo: "1721",
    weight,
    evidence: [],
  });
  for (let i = 0; i < order; i++) {
    graph.addEdgeWithKey(`r${i}`, `n${i}`, `n${(i + 1) % order}`, edge(1 + (i % 3)));
    graph.addEdgeWithKey(`c${i}`, `n${i}`, `n${(i + Math.floor(order / 3)) % order}`, edge(1));
  }
  return graph;
}

const positions = (graph: G) => graph.mapNodes((node, a) => [node, a.x, a.y, a.size, a.color]);

describe("layoutGraph", () => {
  it("gives every node finite coordinates rounded to two decimals", () => {
    const graph = ringGraph(60);
    layoutGraph(graph);
    graph.forEachNode((_node, { x, y }) => {
      for (const v of [x, y]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Math.round(v * 100) / 100).toBe(v);
      }
    });
    const xs = graph.mapNodes((_n, a) => a.x);
    expect(new Set(xs).size).toBeGreaterThan(50); // spread out, not collapsed
  });

  it("is deterministic", () => {
    const a = ringGraph(80);
    const b = ringGraph(80);
    layoutGraph(a);
    layoutGraph(b);
    expect(positions(b)).toEqual(positions(a));
  });

  it("is deterministic with Barnes–Hut on a large graph", () => {
    const a = ringGraph(2100);
    const b = ringGraph(2100);
    layoutGraph(a);
    layoutGraph(b);
    expect(positions(b)).toEqual(positions(a));
    a.forEachNode((_n, { x, y }) => expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true));
  });

  it("sizes nodes by degree within bounds and colors them by category", () => {
    const graph = ringGraph(30);
    layoutGraph(graph);
    graph.forEachNode((node, { size, color, category }) => {
      expect(size).toBeCloseTo(nodeSize(graph.degree(node)), 2);
      expect(color).toBe(CATEGORY_COLORS[category]);
    });
    expect(nodeSize(0)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(10_000)).toBe(MAX_NODE_SIZE);
  });

  it("falls back to a kind color for an unknown category", () => {
    const graph = ringGraph(3);
    graph.setNodeAttribute("n1", "category", "carrier pigeon");
    layoutGraph(graph);
    expect(graph.getNodeAttribute("n1", "color")).toBe(KIND_COLORS.platform);
  });

  it("leaves an empty graph alone", () => {
    const graph: G = new MultiDirectedGraph();
    expect(() => layoutGraph(graph)).not.toThrow();
  });
});

describe("palette", () => {
  it("has a distinct color for every category and every action", () => {
    const categoryColors = Object.values(CATEGORY_COLORS);
    expect(new Set(categoryColors).size).toBe(categoryColors.length);
    expect(Object.keys(ACTION_COLORS).sort()).toEqual([...ACTIONS].sort());
    expect(new Set(Object.values(ACTION_COLORS)).size).toBe(ACTIONS.length);
  });
});

const labelled = (graph: G): LabelledNode[] =>
  graph.mapNodes((key, a) => ({ key, x: a.x, y: a.y, size: a.size, label: a.label }));

describe("room for labels", () => {
  it("leaves no label over another label or node at the reference stage size", () => {
    for (const graph of [ringGraph(40), starGraph(24)]) {
      layoutGraph(graph);
      expect(overlappingLabels(labelled(graph), REFERENCE_STAGE)).toEqual([]);
    }
  });

  it("separates boxes that sit on one another, moving only the nodes that are not fixed", () => {
    const nodes: LabelledNode[] = [
      { key: "a", x: 0, y: 0, size: 8, label: "Russian government", fixed: true },
      { key: "b", x: 1, y: 0, size: 6, label: "Roskomnadzor" },
      { key: "c", x: 0, y: 1, size: 6, label: "Instagram" },
      { key: "d", x: 100, y: 100, size: 6, label: "Far away", fixed: true },
    ];
    expect(overlappingLabels(nodes).length).toBeGreaterThan(0);
    const moved = separateLabels(nodes);
    expect(moved.get("a")).toEqual({ x: 0, y: 0 });
    expect(moved.get("d")).toEqual({ x: 100, y: 100 });
    const after = nodes.map((n) => ({ ...n, ...moved.get(n.key)! }));
    expect(overlappingLabels(after)).toEqual([]);
    expect(separateLabels(nodes)).toEqual(moved); // deterministic
  });
});

/** A hub with `leaves` neighbours whose long labels crowd around it. */
function starGraph(leaves: number): G {
  const graph = ringGraph(0);
  const node = (key: string, label: string) =>
    graph.addNode(key, {
      label,
      kind: "actor",
      category: "government",
      aliases: [],
      mentions: 1,
      x: 0,
      y: 0,
      size: 0,
      color: "",
    });
  node("hub", "Russian government");
  for (let i = 0; i < leaves; i++) {
    node(`leaf${i}`, `Expert group ${i}`);
    graph.addEdgeWithKey(`e${i}`, "hub", `leaf${i}`, {
      action: "blocks",
      cameo: "1721",
      weight: 1,
      evidence: [],
    });
  }
  return graph;
}
