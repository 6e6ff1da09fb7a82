import { describe, expect, it } from "vitest";
import { buildTextIndex, countryIndex, firstOccurrence, sentenceAround } from "../graph/analysis/index.ts";
import { buildSearchIndex, editDistance, search } from "../graph/view/index.ts";
import { article, newsGraph } from "./analysis-helpers.ts";
import { loadFixture } from "./view-helpers.ts";

describe("full-text search over evidence and articles", () => {
  const text =
    "Moscow said on Monday it was blocking WhatsApp. Users moved to Telegram channels instead. The weather was fine.";
  const graph = newsGraph(
    [
      ["gov", "actor"],
      ["whatsapp", "platform"],
      ["telegram", "platform"],
    ],
    [
      [
        "gov",
        "blocks",
        "whatsapp",
        { article: "a1", sentence: "Moscow said on Monday it was blocking WhatsApp.", start: 0, end: 47 },
      ],
      [
        "gov",
        "restricts",
        "telegram",
        { article: "a2", sentence: "Roskomnadzór restricted Telegram calls.", start: 5, end: 44 },
      ],
    ],
    [article("a1", { title: "Russia blocks WhatsApp", text }), article("a2", { title: "Calls", text: "" })],
  );
  const index = buildTextIndex(graph);

  it('tolerates a typo ("telgram" finds Telegram) and matches prefixes ("block" finds blocking)', () => {
    const typo = index.search("telgram");
    expect(typo.length).toBeGreaterThan(0);
    expect(typo.some((hit) => hit.sentence.includes("Telegram calls"))).toBe(true);
    const prefix = index.search("block");
    expect(prefix[0]).toMatchObject({ kind: "evidence", article: "a1", start: 0, end: 47 });
    expect(prefix[0]!.edges).toEqual(["gov->blocks->whatsapp"]);
  });

  it("ignores accents, and finds article sentences outside the evidence at their offsets", () => {
    expect(index.search("roskomnadzor")[0]?.article).toBe("a2");
    const [hit] = index.search("weather");
    expect(hit).toMatchObject({ kind: "article", article: "a1", sentence: "The weather was fine." });
    expect(text.slice(hit!.start, hit!.end)).toBe("The weather was fine.");
    expect(index.search("   ")).toEqual([]);
    expect(index.search("zzzzqqq")).toEqual([]);
  });

  it("finds sentences of the seed fixture by a misspelt platform name", () => {
    const seed = buildTextIndex(loadFixture());
    const hits = seed.search("telgram");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => /telegram/i.test(hit.sentence) || hit.kind === "article")).toBe(true);
  });

  it("locates words and sentences", () => {
    expect(firstOccurrence("Über alles, uber", ["uber"])).toBe(0);
    expect(sentenceAround("One. Two three. Four", 9)).toEqual({ start: 5, end: 15 });
  });
});

describe("fuzzy label search", () => {
  const index = buildSearchIndex(loadFixture());

  it('finds Telegram for "telgram" and Roskomnadzor for "roskomnadsor", after exact and prefix matches', () => {
    expect(search(index, "telgram")[0]?.node).toBe("telegram");
    expect(search(index, "roskomnadsor")[0]?.node).toBe("roskomnadzor");
    expect(search(index, "tel")[0]?.node).toBe("telegram");
  });

  it("allows no typo in short queries, and measures swaps as one edit", () => {
    expect(search(index, "mxa")).toEqual([]);
    expect(editDistance("teelgram", "telegram", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});

describe("country where the lexicon knows it", () => {
  const countryOf = countryIndex({
    entities: [
      { name: "Roskomnadzor", aliases: ["RKN"], country: "Russia" },
      { name: "Dmitry Peskov", office: "Russian government" },
      { name: "Anatoly Kozlov", office: "Russia" },
      { name: "Meta" },
    ],
    countries: [{ country: "Russia", demonym: "Russian", aliases: ["Kremlin"] }],
  });

  it("reads the government bodies, the countries' governments, offices and aliases", () => {
    expect(countryOf("Russian government")).toBe("Russia");
    expect(countryOf("Roskomnadzor")).toBe("Russia");
    expect(countryOf("The watchdog", ["RKN"])).toBe("Russia");
    expect(countryOf("Anatoly Kozlov")).toBe("Russia");
    expect(countryOf("Meta")).toBeNull();
  });
});
