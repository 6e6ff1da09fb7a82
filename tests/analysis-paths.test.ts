import { describe, expect, it } from "vitest";
import {
  analysisScope,
  pathElements,
  pathText,
  shortestPaths,
  wholeGraphScope,
} from "../graph/analysis/index.ts";
import { computeVisibility, defaultViewState, toggleAction } from "../graph/view/index.ts";
import { article, newsGraph } from "./analysis-helpers.ts";

const articles = [article("a1"), article("a2"), article("a3")];

describe("how are A and B connected", () => {
  const graph = newsGraph(
    [
      ["roskomnadzor", "actor"],
      ["telegram", "platform"],
      ["durov", "actor", "person"],
      ["whatsapp", "platform"],
    ],
    [
      ["roskomnadzor", "restricts", "telegram", "a1", "a2"],
      ["roskomnadzor", "accuses", "telegram", "a3"],
      ["durov", "founded", "telegram", "a1"],
      ["roskomnadzor", "blocks", "whatsapp", "a2"],
    ],
    articles,
  );
  for (const key of graph.nodes()) graph.setNodeAttribute(key, "label", key[0]!.toUpperCase() + key.slice(1));

  it("finds the shortest path either way round and lists every relation of each hop with its evidence", () => {
    const { paths, total, length } = shortestPaths(wholeGraphScope(graph), "roskomnadzor", "durov");
    expect([total, length]).toEqual([1, 2]);
    const [path] = paths;
    expect(path!.nodes).toEqual(["roskomnadzor", "telegram", "durov"]);
    expect(path!.hops[0]!.links.map((l) => [l.action, l.forward, l.evidence.length])).toEqual([
      ["restricts", true, 2],
      ["accuses", true, 1],
    ]);
    expect(path!.hops[1]!.links.map((l) => [l.action, l.forward])).toEqual([["founded", false]]);
    expect(path!.sources.articles).toBe(3);
    expect(pathText(wholeGraphScope(graph), path!)).toBe(
      "Roskomnadzor —restricts, accuses→ Telegram ←founded— Durov",
    );
    expect([...pathElements(paths).edges].length).toBe(3);
  });

  it("directed: only along subject → object, so no path from Roskomnadzor to Durov", () => {
    const scope = wholeGraphScope(graph);
    expect(shortestPaths(scope, "roskomnadzor", "durov", { directed: true }).paths).toEqual([]);
    expect(shortestPaths(scope, "durov", "telegram", { directed: true }).length).toBe(1);
  });

  it("runs on the view: a hidden action cuts the path", () => {
    let view = toggleAction("founded")(defaultViewState());
    const scope = analysisScope(graph, computeVisibility(graph, view), view);
    expect(shortestPaths(scope, "roskomnadzor", "durov").total).toBe(0);
    view = toggleAction("restricts")(defaultViewState());
    const partial = shortestPaths(
      analysisScope(graph, computeVisibility(graph, view), view),
      "roskomnadzor",
      "durov",
    );
    expect(partial.paths[0]!.hops[0]!.links.map((l) => l.action)).toEqual(["accuses"]);
  });

  it("lists up to k of the equally short paths, the best backed first, and says how many there are", () => {
    // a → b → d (two articles) and a → c → d (one): two paths of two hops.
    const diamond = newsGraph(
      [
        ["a", "actor"],
        ["b", "actor"],
        ["c", "actor"],
        ["d", "platform"],
      ],
      [
        ["a", "accuses", "b", "a1"],
        ["b", "blocks", "d", "a2"],
        ["a", "accuses", "c", "a1"],
        ["c", "blocks", "d", "a1"],
      ],
      articles,
    );
    const scope = wholeGraphScope(diamond);
    const all = shortestPaths(scope, "a", "d");
    expect(all.total).toBe(2);
    expect(all.paths.map((p) => p.nodes.join(">"))).toEqual(["a>b>d", "a>c>d"]);
    const one = shortestPaths(scope, "a", "d", { k: 1 });
    expect([one.total, one.paths.length, one.paths[0]!.nodes[1]]).toEqual([2, 1, "b"]);
  });

  it("gives nothing for a node outside the view, unknown, or the same node twice", () => {
    const scope = wholeGraphScope(graph);
    expect(shortestPaths(scope, "roskomnadzor", "nobody").paths).toEqual([]);
    expect(shortestPaths(scope, "telegram", "telegram").paths).toEqual([]);
  });
});
