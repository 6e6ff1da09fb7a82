// Dates in the built graph: each evidence item dated from its sentence and its article's date, each edge
// spanning its evidence, articles keeping where their date came from, in the contract's key order.
import { describe, expect, it } from "vitest";
import { mergeRecords } from "../graph/merge/records.ts";
import { serializeGraph } from "../graph/merge/index.ts";
import { contractCopy } from "../graph/export/contract.ts";
import type { Article, ArticleExtraction } from "../graph/types.ts";
import { entity } from "./builder-helpers.ts";

const russia = entity("Russia");
const telegram = entity("Telegram", "platform");

function dated(
  id: string,
  date: string | null,
  sentences: string[],
): { article: Article; extraction: ArticleExtraction } {
  const text = sentences.join(" ");
  const article: Article = {
    id,
    title: id,
    date,
    url: null,
    publisher: null,
    text,
    ...(date ? { dateSource: "meta" as const } : {}),
  };
  let at = 0;
  const relations = sentences.map((sentence) => {
    const start = text.indexOf(sentence, at);
    at = start + sentence.length;
    return {
      subject: russia,
      action: "blocks" as const,
      object: telegram,
      evidence: { article: id, sentence, start, end: at, modality: "asserted" as const },
    };
  });
  return { article, extraction: { article: id, sentences: sentences.length, mentions: [], relations } };
}

const options = { keepIsolated: false, maxEvidence: 1, builtWith: { version: "test", options: {} } };
const records = [
  dated("a.html", "2020-06-18T10:00:00Z", [
    "Russia said on Thursday it would unblock Telegram.",
    "Russia blocked Telegram in April 2018.",
  ]),
  dated("b.txt", null, ["Russia blocked Telegram.", "Russia blocked Telegram again in 2021."]),
];

describe("dates in the built graph", () => {
  const { graph } = mergeRecords(records, options);
  const edge = graph.getEdgeAttributes("russia|blocks|telegram");

  it("dates every evidence item from its sentence, else its article; an undated one has neither field", () => {
    const all = mergeRecords(records, { ...options, maxEvidence: 10 }).graph.getEdgeAttribute(
      "russia|blocks|telegram",
      "evidence",
    );
    expect(all.map((e) => [e.sentence, e.date, e.dateSource])).toEqual([
      ["Russia said on Thursday it would unblock Telegram.", "2020-06-18", "text"],
      ["Russia blocked Telegram in April 2018.", "2018-04", "text"],
      ["Russia blocked Telegram.", undefined, undefined],
      ["Russia blocked Telegram again in 2021.", "2021", "text"],
    ]);
    expect(Object.keys(all[2]!)).toEqual(["article", "sentence", "start", "end", "modality"]);
    expect(Object.keys(all[0]!)).toEqual([
      "article",
      "sentence",
      "start",
      "end",
      "modality",
      "date",
      "dateSource",
    ]);
  });
  it("spans the edge over all its evidence, also what a cap leaves out", () => {
    expect(edge.evidence).toHaveLength(1);
    expect([edge.firstSeen, edge.lastSeen]).toEqual(["2018-04", "2021"]);
    expect(Object.keys(edge)).toEqual([
      "action",
      "cameo",
      "weight",
      "evidence",
      "evidenceTotal",
      "firstSeen",
      "lastSeen",
    ]);
  });
  it("keeps the article's date source, and the contract keeps every date field", () => {
    expect(graph.getAttribute("articles").map((a) => a.dateSource)).toEqual(["meta", undefined]);
    expect(serializeGraph(contractCopy(graph))).toBe(serializeGraph(graph));
  });
  it("gives the same bytes whatever the order of the records", () => {
    expect(serializeGraph(mergeRecords([...records].reverse(), options).graph)).toBe(serializeGraph(graph));
  });
});
