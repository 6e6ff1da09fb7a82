import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutGraph, nodeSize } from "../graph/layout/index.ts";
import { fitScale, overlappingLabels, REFERENCE_STAGE, type LabelledNode } from "../graph/layout/labels.ts";
import { placeAddedNodes } from "../graph/layout/place.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.ts";

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function addNode(graph: G, key: string, label: string, x = NaN, y = NaN): void {
  graph.addNode(key, {
    label,
    kind: "actor",
    category: "government",
    aliases: [],
    mentions: 1,
    x,
    y,
    size: 0,
    color: "",
  });
}

const link = (graph: G, source: string, target: string) =>
  graph.addEdge(source, target, { action: "blocks", cameo: "1721", weight: 1, evidence: [] });

/** A laid-out "Russian" cluster, then a "Pakistani" article's nodes stacked where the merge first puts them. */
function graphWithAddedArticle(): { graph: G; added: string[]; before: Map<string, [number, number]> } {
  const graph: G = new MultiDirectedGraph();
  const old = [
    "Russian government",
    "Roskomnadzor",
    "WhatsApp",
    "Telegram",
    "Max",
    "Signal",
    "Meta",
    "Viber",
  ];
  old.forEach((label, i) => addNode(graph, `old${i}`, label));
  for (let i = 1; i < old.length; i++) link(graph, "old0", `old${i}`);
  link(graph, "old1", "old3");
  layoutGraph(graph);
  const before = new Map(graph.mapNodes((n, a) => [n, [a.x, a.y] as [number, number]]));
  const telegram = graph.getNodeAttributes("old3");
  const added = ["Pakistani government", "Pakistan Telecommunication Authority", "X", "Islamabad High Court"];
  added.forEach((label, i) => addNode(graph, `new${i}`, label, telegram.x + i * 0.01, telegram.y));
  link(graph, "new0", "new2");
  link(graph, "new1", "new2");
  link(graph, "new1", "old3");
  link(graph, "new3", "new1");
  graph.forEachNode((node) => graph.setNodeAttribute(node, "size", nodeSize(graph.degree(node))));
  return { graph, added: added.map((_, i) => `new${i}`), before };
}

const labelled = (graph: G): LabelledNode[] =>
  graph.mapNodes((key, a) => ({ key, x: a.x, y: a.y, size: a.size, label: a.label }));

describe("placing the nodes of added articles", () => {
  it("puts them in free space: no label or node covers another, and the old nodes stay put", () => {
    const { graph, added, before } = graphWithAddedArticle();
    expect(overlappingLabels(labelled(graph)).length).toBeGreaterThan(0);
    placeAddedNodes(graph, added);
    expect(overlappingLabels(labelled(graph))).toEqual([]);
    for (const [node, [x, y]] of before)
      expect([graph.getNodeAttribute(node, "x"), graph.getNodeAttribute(node, "y")]).toEqual([x, y]);
  });

  it("keeps a new node near its old neighbour, and new nodes near the new ones they are linked to", () => {
    const { graph, added } = graphWithAddedArticle();
    placeAddedNodes(graph, added);
    const scale = fitScale(
      graph.mapNodes((_n, a) => a),
      REFERENCE_STAGE,
    );
    const px = (a: string, b: string) => {
      const p = graph.getNodeAttributes(a);
      const q = graph.getNodeAttributes(b);
      return Math.hypot(p.x - q.x, p.y - q.y) * scale;
    };
    // On a stage about 500 px across: neighbours within a few label heights, not across the layout.
    expect(px("new1", "old3")).toBeLessThan(150);
    expect(px("new0", "new2")).toBeLessThan(150);
    expect(px("new3", "new1")).toBeLessThan(200);
  });

  it("is deterministic", () => {
    const a = graphWithAddedArticle();
    const b = graphWithAddedArticle();
    placeAddedNodes(a.graph, a.added);
    placeAddedNodes(b.graph, b.added);
    expect(b.graph.mapNodes((n, x) => [n, x.x, x.y])).toEqual(a.graph.mapNodes((n, x) => [n, x.x, x.y]));
  });
});
