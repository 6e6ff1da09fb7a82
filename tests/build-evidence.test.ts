// An edge's evidence: each sentence of an article once (a headline repeated verbatim in the body is one
// item), the first N kept (N = --max-evidence, default DEFAULT_MAX_EVIDENCE) and the count of all in
// `weight` and `evidenceTotal`. Hand-made extractions, so nothing depends on what the extractor finds.
import { describe, expect, it } from "vitest";
import { buildGraph, DEFAULT_MAX_EVIDENCE, resolve, serializeGraph } from "../graph/merge/index.ts";
import { capEvidence, dedupeEvidence, mergeEdgeEvidence } from "../graph/merge/evidence.ts";
import type { ArticleExtraction, Evidence } from "../graph/types.ts";
import { article, entity, evidence } from "./builder-helpers.ts";

const russia = entity("Russian government");
const whatsapp = entity("WhatsApp", "platform");
const builtWith = { version: "test", options: {} };

/** One article stating "Russia blocks WhatsApp" in each of `items`. */
function statements(id: string, items: Evidence[]): ArticleExtraction {
  return {
    article: id,
    sentences: items.length,
    mentions: [],
    relations: items.map((e) => ({ subject: russia, action: "blocks", object: whatsapp, evidence: e })),
  };
}

describe("evidence", () => {
  it("a headline repeated verbatim in the body is one evidence item of the edge, at its first place", () => {
    const headline = "Russia blocks WhatsApp";
    const text = `${headline}\n\n${headline}\n\nRussia blocks WhatsApp, officials said.\n`;
    const second = text.indexOf(headline, 1);
    const body = text.indexOf("Russia blocks WhatsApp,");
    const found = [
      evidence("a.txt", second, second + headline.length, headline),
      evidence("a.txt", 0, headline.length, headline),
      evidence("a.txt", body, body + 39, "Russia blocks WhatsApp, officials said."),
    ];
    const [edge] = resolve([statements("a.txt", found)]).edges;
    expect(edge!.evidence.map((e) => [e.start, e.sentence])).toEqual([
      [0, headline],
      [body, "Russia blocks WhatsApp, officials said."],
    ]);
    const graph = buildGraph([article("a.txt", text)], resolve([statements("a.txt", found)]), { builtWith });
    expect(graph.getEdgeAttribute("russian-government|blocks|whatsapp", "weight")).toBe(2);
  });

  it("the same sentence in two articles is evidence twice", () => {
    const items = dedupeEvidence([evidence("b.txt", 0, 5, "Same."), evidence("a.txt", 0, 5, "Same.")]);
    expect(items.map((e) => e.article)).toEqual(["a.txt", "b.txt"]);
  });

  it(`keeps the first ${DEFAULT_MAX_EVIDENCE} items by default, and counts all in weight and evidenceTotal`, () => {
    const many = Array.from({ length: 120 }, (_, i) => evidence("a.txt", (119 - i) * 20));
    const resolution = resolve([statements("a.txt", many)]);
    const graph = buildGraph([article("a.txt")], resolution, { builtWith });
    const edge = graph.getEdgeAttributes("russian-government|blocks|whatsapp");
    expect(edge.evidence).toHaveLength(DEFAULT_MAX_EVIDENCE);
    expect(edge.evidence[0]!.start).toBe(0);
    expect(edge.evidence.at(-1)!.start).toBe((DEFAULT_MAX_EVIDENCE - 1) * 20);
    expect(edge.weight).toBe(120);
    expect(edge.evidenceTotal).toBe(120);
    expect(Object.keys(edge)).toEqual(["action", "cameo", "weight", "evidence", "evidenceTotal"]);
  });

  it("the cap is settable; edges under it have no evidenceTotal; output stays byte-identical", () => {
    const many = Array.from({ length: 7 }, (_, i) => evidence("a.txt", i * 20));
    const capped = resolve([statements("a.txt", many)], { maxEvidence: 3 });
    expect(capped.edges[0]).toMatchObject({ evidenceTotal: 7 });
    expect(capped.edges[0]!.evidence).toHaveLength(3);
    const free = buildGraph([article("a.txt")], resolve([statements("a.txt", many)]), { builtWith });
    expect(free.getEdgeAttributes("russian-government|blocks|whatsapp")).not.toHaveProperty("evidenceTotal");
    const twice = () =>
      serializeGraph(
        buildGraph(
          [article("a.txt")],
          resolve([statements("a.txt", [...many].reverse())], { maxEvidence: 3 }),
          { builtWith },
        ),
      );
    expect(twice()).toBe(twice());
  });

  it("merging more evidence into a capped edge keeps the cap and adds to the total", () => {
    const existing = capEvidence(
      Array.from({ length: 5 }, (_, i) => evidence("a.txt", i * 20)),
      3,
    );
    expect(existing).toMatchObject({ weight: 5, evidenceTotal: 5 });
    const added = capEvidence([evidence("b.txt", 0), evidence("a.txt", 0)], 3);
    const merged = mergeEdgeEvidence(existing, added, 3);
    // a.txt@0 was already there: one new item, total 6.
    expect(merged).toMatchObject({ weight: 6, evidenceTotal: 6 });
    expect(merged.evidence.map((e) => `${e.article}@${e.start}`)).toEqual([
      "a.txt@0",
      "a.txt@20",
      "a.txt@40",
    ]);
    expect(mergeEdgeEvidence(capEvidence([evidence("a.txt", 0)], 3), added, 3)).toEqual({
      weight: 2,
      evidence: [evidence("a.txt", 0), evidence("b.txt", 0)],
    });
  });
});
