import { describe, expect, it } from "vitest";
import { resolve } from "../graph/merge/resolve.ts";
import { slugify } from "../graph/merge/slug.ts";
import { entity, evidence, extraction } from "./builder-helpers.ts";

const russia = entity("Russian government");
const whatsapp = entity("WhatsApp", "platform");
const telegram = entity("Telegram", "platform");

describe("slugify", () => {
  it("lowercases, folds diacritics and joins words with dashes", () => {
    expect(slugify("Russian government")).toBe("russian-government");
    expect(slugify("  Müller & Söhne GmbH ")).toBe("muller-sohne-gmbh");
    expect(slugify("Roskomnadzor’s")).toBe("roskomnadzors");
    expect(slugify("Straße / Øresund")).toBe("strasse-oresund");
  });
  it("gives labels without Latin letters a stable hash key", () => {
    expect(slugify("Роскомнадзор")).toMatch(/^entity-[0-9a-f]{8}$/);
    expect(slugify("Роскомнадзор")).toBe(slugify("Роскомнадзор"));
    expect(slugify("Роскомнадзор")).not.toBe(slugify("ВКонтакте"));
  });
});

describe("resolve", () => {
  it("merges every surface form of an entity into one node's aliases, sorted and deduplicated", () => {
    const { nodes } = resolve([
      extraction("a.txt", [
        [russia, "Moscow"],
        [russia, "the Kremlin"],
        [whatsapp, "WhatsApp"],
      ]),
      extraction("b.txt", [
        [entity("Russian Government"), "Russian authorities"],
        [russia, "Moscow"],
        [russia, " Kremlin "],
      ]),
    ]);
    expect(nodes.map((n) => n.key)).toEqual(["russian-government", "whatsapp"]);
    expect(nodes[0]).toEqual({
      key: "russian-government",
      label: "Russian government", // the most frequent spelling
      kind: "actor",
      category: "government",
      aliases: ["Kremlin", "Moscow", "Russian authorities", "the Kremlin"],
      mentions: 5,
    });
  });

  it("makes one edge per (subject, action, object) with all its evidence, deduplicated and sorted", () => {
    const { edges } = resolve([
      extraction("b.txt", [], [[russia, "blocks", whatsapp, 50]]),
      extraction(
        "a.txt",
        [],
        [
          [russia, "blocks", whatsapp, 90],
          [russia, "blocks", whatsapp, 10],
          [russia, "blocks", whatsapp, 10], // the same span twice
          [russia, "restricts", whatsapp, 10],
          [russia, "blocks", telegram, 30],
        ],
      ),
    ]);
    expect(edges.map((e) => e.key)).toEqual([
      "russian-government|blocks|telegram",
      "russian-government|blocks|whatsapp",
      "russian-government|restricts|whatsapp",
    ]);
    const blocks = edges[1]!;
    expect(blocks).toMatchObject({
      source: "russian-government",
      target: "whatsapp",
      action: "blocks",
      cameo: "1721",
    });
    expect(blocks.evidence).toEqual([evidence("a.txt", 10), evidence("a.txt", 90), evidence("b.txt", 50)]);
  });

  it("gives structural relations a null CAMEO code", () => {
    const meta = entity("Meta", "actor", "company");
    const { edges } = resolve([extraction("a.txt", [], [[meta, "owns", whatsapp, 0]])]);
    expect(edges[0]).toMatchObject({ key: "meta|owns|whatsapp", cameo: null });
  });

  it("does not depend on the order of articles or of statements", () => {
    const a = extraction("a.txt", [[russia, "Russia"]], [[russia, "blocks", whatsapp, 5]]);
    const b = extraction(
      "b.txt",
      [
        [entity("Russian Government"), "Moscow"],
        [whatsapp, "WhatsApp"],
      ],
      [[entity("Russian Government"), "blocks", whatsapp, 7]],
    );
    expect(resolve([a, b])).toEqual(resolve([b, a]));
  });

  it("keeps nodes that appear only in relations, with zero mentions", () => {
    const { nodes } = resolve([extraction("a.txt", [], [[russia, "bans", telegram, 0]])]);
    expect(nodes.map((n) => [n.key, n.mentions, n.aliases])).toEqual([
      ["russian-government", 0, []],
      ["telegram", 0, []],
    ]);
  });
});

describe("descriptions are mentions, not names", () => {
  it("counts 'the app' and 'its service' as mentions of WhatsApp but keeps them out of its aliases", async () => {
    const { extractArticle, compileLexicon, defaultLexicon } = await import("../graph/extract/index.ts");
    const lex = compileLexicon(defaultLexicon());
    const text =
      "Russia blocked WhatsApp on Monday. Officials said the app had broken the law. " +
      "WhatsApp said Russia wants to block its service.";
    const x = extractArticle({ id: "a.txt", title: "", date: null, url: null, publisher: null, text }, lex);
    const { nodes } = resolve([x]);
    const wa = nodes.find((n) => n.key === "whatsapp")!;
    const ru = nodes.find((n) => n.key === "russian-government")!;
    expect(wa.mentions).toBeGreaterThanOrEqual(3);
    expect(wa.aliases).toEqual(["WhatsApp"]);
    expect(ru.aliases).not.toContain("Officials");
    expect(x.mentions.filter((m) => m.description).map((m) => m.surface)).toEqual(
      expect.arrayContaining(["the app", "its service"]),
    );
  });
});
