import { describe, expect, it } from "vitest";
import { splitSentences } from "../../graph/extract/sentences.ts";
import { tokenize } from "../../graph/extract/tokens.ts";

describe("splitSentences", () => {
  it("keeps offsets that slice the article exactly", () => {
    const text = "Russia Blocks WhatsApp\n\nMoscow said so. Critics disagreed!\n";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["Russia Blocks WhatsApp", "Moscow said so.", "Critics disagreed!"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("does not split after abbreviations, initials or decimals", () => {
    const text =
      "Mr. Durov met U.S. officials on Jan. 5 and J. Smith of Meta Platforms Inc. said the fine was 1.2 billion euros. Then it ended. Prime Minister K.P. Sharma Oli resigned.";
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      "Mr. Durov met U.S. officials on Jan. 5 and J. Smith of Meta Platforms Inc. said the fine was 1.2 billion euros.",
      "Then it ended.",
      "Prime Minister K.P. Sharma Oli resigned.",
    ]);
  });

  it("splits after closing quotes and keeps quoted speech whole", () => {
    const text =
      'Peskov said, "There is no chance." This statement matters. He asked: "Why?" Nobody answered.';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'Peskov said, "There is no chance."',
      "This statement matters.",
      'He asked: "Why?"',
      "Nobody answered.",
    ]);
  });

  it("drops bullets and list numbers but keeps the sentence verbatim", () => {
    const text =
      "  • Users are unable to send messages.\n1. Data must be stored locally.\n- Calls are blocked";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual([
      "Users are unable to send messages.",
      "Data must be stored locally.",
      "Calls are blocked",
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("reads a long run of dotted capitals as no abbreviation (the look back before a period stays short)", () => {
    const run = "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R";
    expect(splitSentences(`Seen ${run}. Then it ended.`).map((x) => x.text)).toEqual([
      `Seen ${run}.`,
      "Then it ended.",
    ]);
    // short dotted initials still hold the sentence together
    expect(splitSentences("Prime Minister K.P. Sharma Oli resigned.")).toHaveLength(1);
  });

  it("handles empty and whitespace-only text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t\n ")).toEqual([]);
  });
});

describe("tokenize", () => {
  it("separates possessives and keeps contractions and dotted names", () => {
    expect(tokenize("Meta’s WhatsApp didn't reach Mail.ru's U.S. users").map((t) => t.text)).toEqual([
      "Meta",
      "’s",
      "WhatsApp",
      "didn't",
      "reach",
      "Mail.ru",
      "'s",
      "U.S.",
      "users",
    ]);
  });
  it("offsets point into the text", () => {
    const text = "Russia blocked Signal.";
    for (const t of tokenize(text, 10)) expect(text.slice(t.start - 10, t.end - 10)).toBe(t.text);
  });
});

describe("a one-letter name at the end of a sentence", () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  it("ends the sentence before a word that opens sentences: 'Pakistan blocked X. The ministry said …'", () => {
    expect(texts("Pakistan blocked X. The ministry said it had no choice.")).toEqual([
      "Pakistan blocked X.",
      "The ministry said it had no choice.",
    ]);
    expect(texts("Brazil suspended X. A court upheld it.")).toHaveLength(2);
  });
  it("stays an initial before a name or another initial: 'J. A. Smith', 'X. Liu'", () => {
    expect(texts("Judge J. A. Smith ruled on Monday.")).toHaveLength(1);
    expect(texts("Reporter X. Liu wrote it.")).toHaveLength(1);
  });
  it("ends the sentence before a participle when a word in lower case comes before the letter", () => {
    expect(
      texts("The loudest critic was the owner of X. Replying to the minister, he called it censorship."),
    ).toEqual([
      "The loudest critic was the owner of X.",
      "Replying to the minister, he called it censorship.",
    ]);
    expect(texts("The court heard John F. Manning on Tuesday.")).toHaveLength(1);
  });
  it("ends the sentence after X, the platform, before any capitalised word", () => {
    expect(texts("Tanzania restricted X. NetBlocks confirmed the outage.")).toEqual([
      "Tanzania restricted X.",
      "NetBlocks confirmed the outage.",
    ]);
    expect(texts("Reporter X. Liu wrote it.")).toHaveLength(1);
  });
});
