import { describe, expect, it } from "vitest";
import {
  detectCommunities,
  metricValues,
  rankByMetric,
  wholeGraphScope,
  nodeSizes,
  communityColors,
  estimatedBetweenness,
  simpleProjection,
} from "../graph/analysis/index.ts";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { article, newsGraph } from "./analysis-helpers.ts";

describe("node metrics on the view", () => {
  // a → b → c, plus a second relation a → b and an isolated d.
  const chain = newsGraph(
    [
      ["a", "actor"],
      ["b", "actor"],
      ["c", "platform"],
      ["d", "platform"],
    ],
    [
      ["a", "blocks", "b", "a1", "a2"],
      ["a", "accuses", "b", "a1"],
      ["b", "restricts", "c", "a3"],
    ],
    [article("a1"), article("a2"), article("a3")],
  );
  const scope = wholeGraphScope(chain);

  it("degree counts relations, weighted degree their evidence", () => {
    expect(Object.fromEntries(metricValues(scope, "degree"))).toEqual({ a: 2, b: 3, c: 1, d: 0 });
    expect(Object.fromEntries(metricValues(scope, "weightedDegree"))).toEqual({ a: 3, b: 4, c: 1, d: 0 });
  });

  it("betweenness: the middle of a path carries its one shortest path (normalised)", () => {
    const values = metricValues(scope, "betweenness");
    expect(values.get("b")).toBeCloseTo(1 / 3, 6); // 1 pair of 3 over 4 nodes: 1 / ((n-1)(n-2)/2)
    expect(values.get("a")).toBe(0);
    expect(values.get("c")).toBe(0);
  });

  it("estimated betweenness from every node as source is the exact one, and the same for the same seed", () => {
    const wheel = newsGraph(
      ["h", "a", "b", "c", "d", "e"].map((k) => [k, "actor"] as [string, "actor"]),
      [
        ["h", "accuses", "a"],
        ["h", "accuses", "b"],
        ["h", "accuses", "c"],
        ["a", "accuses", "b"],
        ["c", "accuses", "d"],
        ["d", "accuses", "e"],
      ],
    );
    const projection = simpleProjection(wholeGraphScope(wheel), "undirected");
    const exact = betweennessCentrality(projection, { getEdgeWeight: null, normalized: true });
    const full = estimatedBetweenness(projection, projection.order);
    for (const node of projection.nodes()) expect(full[node]).toBeCloseTo(exact[node]!, 10);
    expect(estimatedBetweenness(projection, 3)).toEqual(estimatedBetweenness(projection, 3));
  });

  it("PageRank on a directed cycle is uniform, and a node everyone points to ranks first", () => {
    const cycle = newsGraph(
      [
        ["a", "actor"],
        ["b", "actor"],
        ["c", "actor"],
      ],
      [
        ["a", "accuses", "b"],
        ["b", "accuses", "c"],
        ["c", "accuses", "a"],
      ],
    );
    for (const value of metricValues(wholeGraphScope(cycle), "pagerank").values())
      expect(value).toBeCloseTo(1 / 3, 5);
    const star = newsGraph(
      [
        ["hub", "platform"],
        ["x", "actor"],
        ["y", "actor"],
        ["z", "actor"],
      ],
      [
        ["x", "blocks", "hub"],
        ["y", "blocks", "hub"],
        ["z", "blocks", "hub"],
      ],
    );
    const rows = rankByMetric(wholeGraphScope(star), "pagerank");
    expect(rows[0]!.node).toBe("hub");
    const sum = rows.reduce((total, row) => total + row.value, 0);
    expect(sum).toBeCloseTo(1, 6);
  });

  it("ranks by a metric with the sources behind each node's relations, optionally one kind only", () => {
    const rows = rankByMetric(scope, "degree", { kind: "actor" });
    expect(rows.map((r) => [r.node, r.value, r.articles, r.sentences])).toEqual([
      ["b", 3, 3, 4],
      ["a", 2, 2, 3],
    ]);
  });

  it("sizes follow a metric within the builder's range, area proportional to the value", () => {
    const sizes = nodeSizes(scope, "evidence", { min: 4, max: 20 })!;
    expect(sizes.get("b")).toBe(20);
    expect(sizes.get("d")).toBe(4);
    expect(sizes.get("c")).toBeCloseTo(4 + 16 * Math.sqrt(1 / 4), 2);
    expect(nodeSizes(scope, "degree", { min: 4, max: 20 })).toBeNull();
  });
});

describe("Louvain communities", () => {
  // Two triangles of actors joined by one relation.
  const nodes: [string, "actor"][] = ["a", "b", "c", "x", "y", "z"].map((k) => [k, "actor"]);
  const edges: [string, string, string][] = [
    ["a", "accuses", "b"],
    ["b", "accuses", "c"],
    ["c", "accuses", "a"],
    ["x", "accuses", "y"],
    ["y", "accuses", "z"],
    ["z", "accuses", "x"],
    ["c", "criticizes", "x"],
  ];

  it("finds the two groups, numbered biggest first then by smallest key", () => {
    const { members, of } = detectCommunities(wholeGraphScope(newsGraph(nodes, edges)));
    expect(members).toEqual([
      ["a", "b", "c"],
      ["x", "y", "z"],
    ]);
    expect(of.get("y")).toBe(1);
  });

  it("is the same with the same seed, whatever order the file lists the edges in", () => {
    const first = detectCommunities(wholeGraphScope(newsGraph(nodes, edges)));
    const again = detectCommunities(wholeGraphScope(newsGraph(nodes, edges)));
    const reordered = detectCommunities(
      wholeGraphScope(newsGraph([...nodes].reverse(), [...edges].reverse())),
    );
    expect(again.members).toEqual(first.members);
    expect(reordered.members).toEqual(first.members);
    const colors = communityColors(wholeGraphScope(newsGraph(nodes, edges)));
    expect(colors.legend.map((l) => l.count)).toEqual([3, 3]);
    expect(colors.colors.get("a")).not.toBe(colors.colors.get("x"));
  });
});
