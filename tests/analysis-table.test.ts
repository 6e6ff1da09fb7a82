import { describe, expect, it } from "vitest";
import {
  edgeRows,
  edgeRowsCsv,
  filterRows,
  nodeRows,
  sortRows,
  wholeGraphScope,
  EDGE_TABLE_COLUMNS,
} from "../graph/analysis/index.ts";
import { article, newsGraph } from "./analysis-helpers.ts";

describe("the table's rows", () => {
  const graph = newsGraph(
    [
      ["gov", "actor"],
      ["w", "platform"],
      ["t", "platform"],
    ],
    [
      ["gov", "blocks", "w", "a1", { article: "a2", modality: "alleged" }, "a2"],
      ["gov", "restricts", "t", "a3"],
      ["w", "alternative_to", "t", { article: "a3", modality: "hypothetical" }],
    ],
    [
      article("a1", { date: "2025-08-14", publisher: "Reuters" }),
      article("a2", { date: "2025-09-01", publisher: "Reuters" }),
      article("a3", { publisher: '=HYPERLINK("x")' }),
    ],
  );
  for (const key of graph.nodes())
    graph.setNodeAttribute(key, "label", key === "gov" ? "Russian government" : key.toUpperCase());
  const scope = wholeGraphScope(graph);

  it("has one row per relation with sources, first and last date and the modality mix", () => {
    const [blocks] = edgeRows(scope);
    expect(blocks).toMatchObject({
      subject: "Russian government",
      action: "blocks",
      object: "W",
      articles: 2,
      publishers: 1,
      sentences: 3,
      first: "2025-08-14",
      last: "2025-09-01",
      asserted: 2,
      alleged: 1,
      hypothetical: 0,
    });
    expect(edgeRows(scope)[1]).toMatchObject({ first: null, last: null });
  });

  it("sorts by any column either way, undated rows last; filters by every word, actions in words", () => {
    const rows = edgeRows(scope);
    expect(sortRows(rows, { column: "sentences", direction: "desc" }).map((r) => r.action)).toEqual([
      "blocks",
      "restricts",
      "alternative_to",
    ]);
    expect(sortRows(rows, { column: "first", direction: "desc" })[0]!.action).toBe("blocks");
    expect(sortRows(rows, { column: "first", direction: "asc" }).at(-1)!.first).toBeNull();
    expect(sortRows(rows, { column: "object", direction: "asc" }).map((r) => r.object)).toEqual([
      "T",
      "T",
      "W",
    ]);
    expect(filterRows(rows, "russian W", ["subject", "action", "object"]).map((r) => r.action)).toEqual([
      "blocks",
    ]);
    expect(filterRows(rows, "alternative to", ["subject", "action", "object"]).length).toBe(1);
  });

  it("node rows count degree and sources in the view", () => {
    const rows = nodeRows(scope);
    expect(rows.find((r) => r.node === "t")).toMatchObject({ degree: 2, articles: 1, sentences: 2 });
  });

  it("exports the rows as shown to CSV", () => {
    const rows = sortRows(edgeRows(scope), { column: "hypothetical", direction: "desc" });
    const csv = edgeRowsCsv(rows).split("\r\n");
    expect(csv[0]).toBe(EDGE_TABLE_COLUMNS.join(","));
    expect(csv[1]).toBe("W,alternative to,T,1,1,1,,,0,0,1");
    expect(csv.length).toBe(rows.length + 2);
  });
});
