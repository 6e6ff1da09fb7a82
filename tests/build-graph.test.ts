import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, resolve, serializeGraph } from "../graph/merge/index.ts";
import { CATEGORY_COLORS } from "../graph/palette.ts";
import { article, entity, extraction } from "./builder-helpers.ts";

const russia = entity("Russian government");
const whatsapp = entity("WhatsApp", "platform");
const max = entity("Max", "platform");
const peskov = entity("Dmitry Peskov", "actor", "person");
const builtWith = { version: "test", options: { keepIsolated: false } };

const articles = [
  article("b.txt", "Headline B\nRussia promotes Max."),
  article("a.txt", "Headline A\nRussia blocks WhatsApp."),
];
const extractions = [
  extraction(
    "a.txt",
    [
      [russia, "Russia"],
      [whatsapp, "WhatsApp"],
      [peskov, "Peskov"], // mentioned, in no relation
    ],
    [[russia, "blocks", whatsapp, 11]],
  ),
  extraction(
    "b.txt",
    [
      [russia, "Moscow"],
      [max, "Max"],
    ],
    [[russia, "promotes", max, 11]],
  ),
];

describe("buildGraph", () => {
  it("follows the contract: node, edge and graph attributes", () => {
    const graph = buildGraph(articles, resolve(extractions), { builtWith });
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(true);
    expect(graph.nodes()).toEqual(["max", "russian-government", "whatsapp"]);
    const node = graph.getNodeAttributes("russian-government");
    expect(Object.keys(node)).toEqual([
      "label",
      "kind",
      "category",
      "aliases",
      "mentions",
      "x",
      "y",
      "size",
      "color",
    ]);
    expect(node).toMatchObject({
      label: "Russian government",
      kind: "actor",
      category: "government",
      aliases: ["Moscow", "Russia"],
      mentions: 2,
      color: CATEGORY_COLORS.government,
    });
    expect(graph.edges()).toEqual(["russian-government|blocks|whatsapp", "russian-government|promotes|max"]);
    expect(graph.getEdgeAttributes("russian-government|blocks|whatsapp")).toEqual({
      action: "blocks",
      cameo: "1721",
      weight: 1,
      evidence: [{ article: "a.txt", sentence: "sentence 11", start: 11, end: 21, modality: "asserted" }],
    });
    expect(graph.source("russian-government|blocks|whatsapp")).toBe("russian-government");
    expect(graph.target("russian-government|blocks|whatsapp")).toBe("whatsapp");
    expect(graph.getAttribute("builtWith")).toEqual(builtWith);
    expect(graph.getAttribute("articles")).toEqual([
      {
        id: "a.txt",
        title: "a.txt headline",
        date: null,
        url: null,
        publisher: null,
        words: 5,
        text: "Headline A\nRussia blocks WhatsApp.",
      },
      {
        id: "b.txt",
        title: "b.txt headline",
        date: null,
        url: null,
        publisher: null,
        words: 5,
        text: "Headline B\nRussia promotes Max.",
      },
    ]);
  });

  it("leaves out entities in no relation unless asked to keep them", () => {
    expect(buildGraph(articles, resolve(extractions), { builtWith }).hasNode("dmitry-peskov")).toBe(false);
    const kept = buildGraph(articles, resolve(extractions), { builtWith, keepIsolated: true });
    expect(kept.getNodeAttributes("dmitry-peskov")).toMatchObject({ mentions: 1, aliases: ["Peskov"] });
  });

  it("serializes to the same bytes whatever the order of articles and extractions", () => {
    const once = serializeGraph(buildGraph(articles, resolve(extractions), { builtWith }));
    const again = serializeGraph(
      buildGraph([...articles].reverse(), resolve([...extractions].reverse()), { builtWith }),
    );
    expect(again).toBe(once);
  });

  it("round-trips through graphology's import", () => {
    const json = JSON.parse(serializeGraph(buildGraph(articles, resolve(extractions), { builtWith })));
    const imported = new Graph({ multi: true, type: "directed" });
    imported.import(json);
    expect(imported.order).toBe(3);
    expect(imported.size).toBe(2);
  });

  it("builds an empty graph when nothing was extracted", () => {
    const graph = buildGraph(articles, resolve([]), { builtWith });
    expect(graph.order).toBe(0);
    expect(graph.getAttribute("articles")).toHaveLength(2);
  });
});
