// The graph JSON written in chunks is the same bytes as graphology's export in one string.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { serializeGraph, serializeGraphChunks, type NewsGraph } from "../graph/merge/index.ts";

function bigGraph(): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.replaceAttributes({ articles: [], builtWith: { version: "t", options: { maxEvidence: 50 } } });
  const sentence = "Ünïcode “quotes”, a \\ backslash, a \u2028 line separator and\nnewline. ".repeat(40);
  for (let i = 0; i < 1500; i++)
    graph.addNode(`n${i}`, {
      label: `Node ${i}`,
      kind: i % 2 ? "actor" : "platform",
      category: "government",
      aliases: [`N${i}`],
      mentions: i,
      x: i / 3,
      y: -i,
      size: 4,
      color: "#123456",
    });
  for (let i = 0; i < 1500; i++)
    graph.addDirectedEdgeWithKey(`e${i}`, `n${i}`, `n${(i * 7) % 1500}`, {
      action: "blocks",
      cameo: "171",
      weight: 1,
      evidence: [{ article: "a.txt", sentence, start: i, end: i + 10, modality: "asserted" }],
    });
  return graph;
}

describe("serializeGraphChunks", () => {
  it("writes serializeGraph's bytes, in more than one chunk for a large graph", () => {
    const graph = bigGraph();
    const chunks = [...serializeGraphChunks(graph)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("")).toBe(serializeGraph(graph));
  });

  it("leaves out empty attributes as graphology's export does", () => {
    const graph = new MultiDirectedGraph() as unknown as NewsGraph;
    graph.addNode("bare");
    graph.addNode("other");
    graph.addDirectedEdgeWithKey("edge", "bare", "other");
    expect([...serializeGraphChunks(graph)].join("")).toBe(serializeGraph(graph));
    const empty = new MultiDirectedGraph() as unknown as NewsGraph;
    expect([...serializeGraphChunks(empty)].join("")).toBe(serializeGraph(empty));
  });
});
