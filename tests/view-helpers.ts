// Shared helpers for the view-logic tests: load the explorer fixture, build tiny graphs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../graph/types.ts";
import type { NewsGraph } from "../graph/view/types.ts";

export function loadFixture(name = "explorer-graph.json"): NewsGraph {
  const data = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", name), "utf8"));
  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    multi: true,
    type: "directed",
  });
  graph.import(data);
  return graph;
}

export function tinyGraph(
  nodes: [key: string, kind: "actor" | "platform", category: string, aliases?: string[]][],
  edges: [source: string, action: string, target: string, evidence?: Partial<Evidence>[]][],
): NewsGraph {
  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    multi: true,
    type: "directed",
  });
  graph.replaceAttributes({ articles: [], builtWith: { version: "test", options: {} } });
  for (const [key, kind, category, aliases] of nodes) {
    graph.addNode(key, {
      label: key.toUpperCase(),
      kind,
      category,
      aliases: aliases ?? [],
      mentions: 1,
      x: 0,
      y: 0,
      size: 5,
      color: "#000",
    });
  }
  for (const [source, action, target, evidence] of edges) {
    const items: Evidence[] = (evidence ?? [{}]).map((e) => ({
      article: "a.txt",
      sentence: "",
      start: 0,
      end: 0,
      modality: "asserted",
      ...e,
    }));
    graph.addEdgeWithKey(`${source}->${action}->${target}`, source, target, {
      action: action as EdgeAttributes["action"],
      cameo: null,
      weight: items.length,
      evidence: items,
    });
  }
  return graph;
}
