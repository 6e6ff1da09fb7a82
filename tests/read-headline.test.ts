// Titles of articles that bring none: a short first line is the headline; a first line that is a paragraph
// (seed 000 opens with 370 characters and no headline) gives a title derived from its first sentence, and the
// paragraph stays in the text, so its sentences are still extracted.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DERIVED_TITLE_MAX_CHARS, firstSentence, shorten, titleFromText } from "../graph/read/headline.ts";
import { parseArticleText } from "../graph/read/index.ts";
import { root } from "./cli-helpers.ts";

const paragraph =
  "The Kremlin has taken a significant step by confirming the blockage of Meta’s WhatsApp messaging service, " +
  "urging Russian citizens to transition to a new state-backed platform known as Max. Kremlin spokesman Dmitry " +
  "Peskov characterized Max as an “accessible alternative,” emphasizing its status as a developing national " +
  "messenger available for public use, as reported by Ria Novosti.";

describe("titles of .txt articles", () => {
  it("a short first line is the headline, whole", () => {
    expect(titleFromText("\n  Russia blocks WhatsApp  \n\nMoscow said on Monday…\n")).toBe(
      "Russia blocks WhatsApp",
    );
  });

  it("a paragraph as first line gives its first sentence, shortened at a word, and stays in the text", () => {
    const text = `${paragraph}\nIn response, WhatsApp said it would fight the block.\n`;
    const [article] = parseArticleText("000.txt", text).articles;
    expect(article!.text).toBe(text);
    expect(article!.title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX_CHARS);
    expect(article!.title).toMatch(/^The Kremlin has taken a significant step by confirming the blockage of/);
    expect(article!.title).toMatch(/\S…$/);
    expect(paragraph.startsWith(article!.title.slice(0, -1))).toBe(true);
  });

  it("seed 000 (no headline, a 370-character first paragraph) gets a short title", () => {
    const file = readdirSync(path.join(root, "sources")).find((f) => f.startsWith("000_"));
    expect(file).toBeDefined();
    const text = readFileSync(path.join(root, "sources", file!), "utf8");
    const [article] = parseArticleText(file!, text).articles;
    expect(article!.title.length).toBeLessThanOrEqual(DERIVED_TITLE_MAX_CHARS);
    expect(text.split("\n")[0]!.length).toBeGreaterThan(300);
    expect(article!.text).toBe(text);
  });

  it("the first sentence ends at a sentence end, not at initials or abbreviations", () => {
    expect(firstSentence("The U.S. Senate voted. Then it left.")).toBe("The U.S. Senate voted.");
    expect(firstSentence("Mr. Durov said “no.” Telegram stayed.")).toBe("Mr. Durov said “no.”");
    expect(firstSentence("No sentence end here at all")).toBe("No sentence end here at all");
    expect(firstSentence("Version 2.5 shipped today! Users cheered.")).toBe("Version 2.5 shipped today!");
  });

  it("reads a long run of initials before the first sentence end (each period judged by its own word)", () => {
    const initials = "A. ".repeat(20_000);
    expect(firstSentence(`${initials}Smith, Corp. and Gen. Lee voted. Then it left.`)).toBe(
      `${initials}Smith, Corp. and Gen. Lee voted.`,
    );
    expect(firstSentence("Lee met the Assoc. Then it left.")).toBe("Lee met the Assoc.");
  });

  it("a short first sentence of a long paragraph is the title as it is", () => {
    const text = `Russia blocked WhatsApp on Monday. ${"Officials gave reasons at length. ".repeat(8)}`;
    expect(titleFromText(text)).toBe("Russia blocked WhatsApp on Monday.");
  });

  it("shortening cuts at a word and drops a dangling comma", () => {
    expect(shorten("one two three, four five", 16)).toBe("one two three…");
    expect(shorten("short", 16)).toBe("short");
    expect(shorten("x".repeat(40), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("JSON items and Markdown without a title derive it the same way", () => {
    expect(parseArticleText("f.json", JSON.stringify([{ text: paragraph }])).articles[0]!.title).toBe(
      titleFromText(paragraph),
    );
    expect(parseArticleText("a.md", paragraph).articles[0]!.title).toBe(titleFromText(paragraph));
  });
});
