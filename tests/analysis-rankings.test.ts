import { describe, expect, it } from "vitest";
import {
  analysisScope,
  isConflictEvent,
  mostActive,
  mostTargeted,
  publisherIndex,
  wholeGraphScope,
} from "../graph/analysis/index.ts";
import { computeVisibility, defaultViewState } from "../graph/view/index.ts";
import { article, newsGraph } from "./analysis-helpers.ts";
import { loadFixture } from "./view-helpers.ts";

const articles = [
  article("a1", { publisher: "Reuters" }),
  article("a2", { publisher: "  reuters " }),
  article("a3", { url: "https://www.bbc.co.uk/news/1" }),
  article("a4", { url: "https://bbc.co.uk/news/2" }),
  article("a5"),
  article("a6"),
];

describe("independent sources", () => {
  it("counts a publisher once whatever its spelling, falls back to the URL's host, else to the article", () => {
    const publisherOf = publisherIndex(articles);
    expect(publisherOf("a1")).toBe(publisherOf("a2"));
    expect(publisherOf("a3")).toBe(publisherOf("a4"));
    expect(publisherOf("a3")).not.toBe(publisherOf("a1"));
    expect(publisherOf("a5")).not.toBe(publisherOf("a6"));
  });
});

describe("most active actors per action", () => {
  const graph = newsGraph(
    [
      ["gov", "actor"],
      ["regulator", "actor"],
      ["x", "platform"],
      ["y", "platform"],
      ["z", "platform"],
    ],
    [
      // gov blocks two platforms, said by two Reuters articles (one publisher) and the BBC.
      ["gov", "blocks", "x", "a1", "a1", "a2"],
      ["gov", "blocks", "y", "a3"],
      // regulator blocks one platform, in six sentences of one article: sentences are not sources.
      ["regulator", "blocks", "z", "a5", "a5", "a5", "a5", "a5", "a5"],
      ["regulator", "restricts", "x", "a6"],
    ],
    articles,
  );

  it("ranks by how many others they do it to, with distinct articles and publishers behind each row", () => {
    const rows = mostActive(wholeGraphScope(graph), "blocks");
    expect(rows.map((r) => [r.node, r.value, r.articles, r.publishers, r.sentences])).toEqual([
      ["gov", 2, 3, 2, 4],
      ["regulator", 1, 1, 1, 6],
    ]);
    expect(rows[0]!.others).toEqual(["x", "y"]);
  });

  it("breaks ties by independent sources, not by sentences", () => {
    const tie = newsGraph(
      [
        ["loud", "actor"],
        ["backed", "actor"],
        ["p", "platform"],
      ],
      [
        ["loud", "bans", "p", "a1", "a1", "a1", "a1"],
        ["backed", "bans", "p", "a1", "a3"],
      ],
      articles,
    );
    expect(mostActive(wholeGraphScope(tie), "bans").map((r) => r.node)).toEqual(["backed", "loud"]);
  });

  it("counts only the evidence the view's filters leave", () => {
    const view = { ...defaultViewState(), articles: ["a3", "a5"] };
    const scope = analysisScope(graph, computeVisibility(graph, view), view);
    const rows = mostActive(scope, "blocks");
    expect(rows.map((r) => [r.node, r.value, r.articles, r.sentences])).toEqual([
      ["regulator", 1, 1, 6],
      ["gov", 1, 1, 1],
    ]);
  });

  it("ranks the Russian government first for blocks on the explorer's seed fixture", () => {
    const seed = loadFixture();
    const [first] = mostActive(wholeGraphScope(seed), "blocks");
    expect(first?.node).toBe("russian-government");
    expect(first?.value).toBeGreaterThan(1);
  });
});

describe("most targeted platforms", () => {
  it("counts distinct actors acting against a platform by conflict events only (CAMEO 09–20)", () => {
    const graph = newsGraph(
      [
        ["gov", "actor"],
        ["court", "actor"],
        ["meta", "actor", "company"],
        ["w", "platform"],
        ["t", "platform"],
        ["critic", "actor", "person"],
      ],
      [
        ["gov", "blocks", "w", "a1"],
        ["court", "fines", "w", "a3"],
        ["critic", "criticizes", "w", "a2"],
        ["meta", "owns", "w", "a1"],
        ["gov", "promotes", "t", "a1"],
        ["gov", "accuses", "t", "a2"],
        ["gov", "accuses", "critic", "a2"],
      ],
      articles,
    );
    const rows = mostTargeted(wholeGraphScope(graph));
    expect(rows.map((r) => [r.node, r.value, r.articles, r.publishers])).toEqual([
      ["w", 3, 3, 2],
      ["t", 1, 1, 1],
    ]);
    expect(rows[0]!.others).not.toContain("meta");
    expect(isConflictEvent("050")).toBe(false);
    expect(isConflictEvent(null)).toBe(false);
    expect(isConflictEvent("112")).toBe(true);
  });
});
