import { describe, expect, it } from "vitest";
import {
  textLines,
  compileMentionMatcher,
  findMentions,
  mentionMatcherForGraph,
  segmentText,
  straightenQuotes,
} from "../graph/view/index.ts";
import { loadFixture } from "./view-helpers.ts";

const matcher = compileMentionMatcher([
  { node: "russia", surface: "Russia" },
  { node: "russia", surface: "Russian government" },
  { node: "russia", surface: "the Kremlin" },
  { node: "peskov", surface: "Kremlin spokesman" },
  { node: "peskov", surface: "Dmitry Peskov" },
  { node: "whatsapp", surface: "WhatsApp" },
  { node: "whatsapp", surface: "Meta's WhatsApp" },
  { node: "meta", surface: "Meta" },
  { node: "max", surface: "Max" },
  { node: "signal", surface: "Signal" },
  { node: "critics", surface: "critics" },
  { node: "apple", surface: "Apple Inc." },
]);

const mentioned = (text: string) =>
  findMentions(text, matcher).map((m) => [text.slice(m.start, m.end), m.node]);

describe("findMentions", () => {
  it("prefers the longest surface at a position", () => {
    expect(mentioned("The Russian government and Kremlin spokesman Dmitry Peskov spoke.")).toEqual([
      ["Russian government", "russia"],
      ["Kremlin spokesman", "peskov"],
      ["Dmitry Peskov", "peskov"],
    ]);
  });

  it("matches whole words only, case-sensitively, with lower-case aliases also capitalised", () => {
    expect(mentioned("Maxim signals Max; Russians in Russia. Critics and critics.")).toEqual([
      ["Max", "max"],
      ["Russia", "russia"],
      ["Critics", "critics"],
      ["critics", "critics"],
    ]);
  });

  it("treats curly and straight apostrophes alike and keeps offsets into the original text", () => {
    const text = "Confirming the blockage of Meta’s WhatsApp messaging service.";
    expect(mentioned(text)).toEqual([["Meta’s WhatsApp", "whatsapp"]]);
    expect(straightenQuotes("“a’b”")).toBe('"a\'b"');
    expect(straightenQuotes(text)).toHaveLength(text.length);
  });

  it("handles surfaces ending in punctuation and text edges", () => {
    expect(mentioned("Apple Inc. said")).toEqual([["Apple Inc.", "apple"]]);
    expect(mentioned("Signal")).toEqual([["Signal", "signal"]]);
    expect(mentioned("")).toEqual([]);
  });

  it("marks the seed article's entities, including the Kremlin as the Russian government", () => {
    const seed = loadFixture();
    const article = seed.getAttribute("articles")[0]!;
    const found = findMentions(article.text, mentionMatcherForGraph(seed));
    const nodes = new Set(found.map((m) => m.node));
    for (const node of [
      "russian-government",
      "dmitry-peskov",
      "whatsapp",
      "max",
      "roskomnadzor",
      "telegram",
    ]) {
      expect(nodes).toContain(node);
    }
    const kremlin = found.filter((m) => article.text.slice(m.start, m.end).endsWith("Kremlin"));
    expect(kremlin.map((m) => [article.text.slice(m.start, m.end), m.node])).toContainEqual([
      "The Kremlin",
      "russian-government",
    ]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe("segmentText", () => {
  it("cuts at mention and highlight boundaries and joins back to the text", () => {
    const text = "Russia blocks WhatsApp. Max grows.";
    const mentions = findMentions(text, matcher);
    const segments = segmentText(text, mentions, { start: 0, end: 23 });
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.node, s.highlighted])).toEqual([
      ["Russia", "russia", true],
      [" blocks ", null, true],
      ["WhatsApp", "whatsapp", true],
      [".", null, true],
      [" ", null, false],
      ["Max", "max", false],
      [" grows.", null, false],
    ]);
  });

  it("splits a mention crossing the highlight and clamps the highlight", () => {
    const text = "Dmitry Peskov said";
    const segments = segmentText(text, [{ node: "p", start: 0, end: 13 }], { start: 7, end: 999 });
    expect(segments.map((s) => [s.text, s.node, s.highlighted])).toEqual([
      ["Dmitry ", "p", false],
      ["Peskov", "p", true],
      [" said", null, true],
    ]);
    expect(segmentText("", [], null)).toEqual([]);
  });
});

describe("textLines", () => {
  it("lists non-empty lines with offsets and spots headings", () => {
    const text = "Russia Blocks WhatsApp\n\nThe Kremlin said so. More.\n• Bullet point\nWhy It Matters\n";
    const lines = textLines(text);
    expect(lines.map((l) => [text.slice(l.start, l.end), l.heading])).toEqual([
      ["Russia Blocks WhatsApp", true],
      ["The Kremlin said so. More.", false],
      ["• Bullet point", false],
      ["Why It Matters", true],
    ]);
    const segments = segmentText(
      text,
      [],
      null,
      lines.flatMap((l) => [l.start, l.end]),
    );
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.some((s) => s.text.includes("\n") && s.text.trim() !== "")).toBe(false);
  });
});
