// Text with sentences longer than any real one: the cap cuts them into pieces (clause punctuation
// first, then a token count), evidence stays one piece, and a time budget stops an article that
// still takes too long, reports it and lets the build go on.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticleWithin } from "../../graph/extract/index.ts";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, splitSentences } from "../../graph/extract/sentences.ts";
import { tokenize } from "../../graph/extract/tokens.ts";
import { parseArticleText } from "../../graph/read/index.ts";
import type { Article } from "../../graph/types.ts";
import { extractAll } from "../../graph/workers/pool.ts";
import { defaultLexicon } from "../../graph/extract/index.ts";
import { unpunctuatedLine } from "../fixtures/hostile/text/long-line.ts";
import { extract, lexicon } from "./helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");
const hostile = path.join(root, "tests/fixtures/hostile/text");

const article = (id: string, text: string): Article => ({
  id,
  title: "",
  date: null,
  url: null,
  publisher: null,
  text,
});

/** The sentences' texts, after checking that each slices the text exactly and fits the cap. */
function capped(text: string): string[] {
  return splitSentences(text).map((s) => {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(tokenize(s.text).length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    return s.text;
  });
}

/** `n` words "w0 w1 …" (one token each). */
const words = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `w${from + i}`).join(" ");

describe("the sentence cap", () => {
  it("leaves every sentence of the fixtures' corpora whole", () => {
    let longest = 0;
    for (const dir of ["tests/fixtures/news", "tests/fixtures/dev", "sources"])
      for (const file of readdirSync(path.join(root, dir)).filter((f) => /\.(?:txt|md)$/.test(f)))
        for (const { text } of parseArticleText(file, readFileSync(path.join(root, dir, file), "utf8"))
          .articles)
          for (const s of splitSentences(text)) longest = Math.max(longest, tokenize(s.text).length);
    // the cap (150) is about twice the longest real sentence (72 tokens when chosen)
    expect(longest).toBeGreaterThan(40);
    expect(longest * 1.5).toBeLessThan(MAX_SENTENCE_TOKENS);
  });

  it("cuts a run-on sentence after its semicolons, before its commas", () => {
    const text = readFileSync(path.join(hostile, "run-on.txt"), "utf8");
    const pieces = capped(text);
    expect(pieces).toHaveLength(4);
    expect(pieces[0]).toBe("Regulator orders blocking of messaging apps");
    expect(pieces[1]).toMatch(/^The order issued by Roskomnadzor .*; providers that fail .* for two years;$/);
    expect(pieces[2]).toMatch(/^the regulator said .* lawful at all$/);
    expect(pieces[3]).toBe("Meta said it was studying the order.");
  });

  it("cuts a clause still too long at its colons or dashes, then at its commas", () => {
    const a = words(100, 0);
    const b = words(100, 100);
    const c = words(100, 200);
    // no semicolon: the dash is the strongest cut, and the clause after it is cut at its comma
    const text = `${a} — ${words(80, 300)}, ${b}, ${c}.`;
    expect(capped(text)).toEqual([`${a} —`, `${words(80, 300)},`, `${b},`, `${c}.`]);
  });

  it("cuts a line without punctuation every MAX_SENTENCE_TOKENS tokens", () => {
    const text = words(400);
    expect(capped(text)).toEqual([
      words(MAX_SENTENCE_TOKENS),
      words(MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS),
      words(400 - 2 * MAX_SENTENCE_TOKENS, 2 * MAX_SENTENCE_TOKENS),
    ]);
  });

  it("cuts long words by characters, and a word longer than the cap into pieces of it", () => {
    const long = "x".repeat(60);
    const text = Array.from({ length: 40 }, () => long).join(" ");
    const pieces = capped(text);
    expect(pieces.join(" ")).toBe(text);
    expect(pieces[0]).toBe(Array.from({ length: 16 }, () => long).join(" ")); // 16 × 61 - 1 = 975
    const giant = `${"y".repeat(2 * MAX_SENTENCE_CHARS + 10)} blocked`;
    expect(capped(giant).map((p) => p.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10 + 8]);
    // cut before a hyphen, the rest of the word reads as three tokens ("-", "abcdef", "-"): still within the cap
    const hyphenated = `${"abcdef-".repeat(144)} ${words(300)}`;
    expect(capped(hyphenated).join("").replace(/ /g, "")).toBe(hyphenated.replace(/ /g, ""));
  });

  it("never cuts between the two halves of a surrogate pair", () => {
    const text = `a${"😀".repeat(MAX_SENTENCE_CHARS)}`;
    for (const piece of capped(text)) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it("gives sentences within the cap for any text", () => {
    const piece = fc.oneof(
      fc.constantFrom("Russia", "blocked", "WhatsApp", ",", ";", ":", "—", "-", ".", "U.S.", "'s", "\n"),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: "grapheme", maxLength: 30 }),
      fc.constantFrom("a".repeat(1500), "a-b-".repeat(300), "😀".repeat(700), "U.S.".repeat(400)),
    );
    const text = fc
      .tuple(fc.array(piece, { maxLength: 600 }), fc.constantFrom(" ", ""))
      .map(([p, sep]) => p.join(sep));
    fc.assert(
      fc.property(text, (t) => {
        capped(t);
      }),
      { numRuns: 150 },
    );
  });
});

describe("evidence from a long line", () => {
  it("is the piece the relation came from, not the whole line", () => {
    const text = `Headline\n\n${unpunctuatedLine(100_000)}`;
    const { relations } = extract(text);
    expect(relations.length).toBeGreaterThan(50);
    for (const { evidence } of relations) {
      expect(evidence.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    }
  });
});

describe("the time budget", () => {
  /** A clock that moves on one millisecond each time it is read. */
  const ticking = () => {
    let t = 0;
    return () => t++;
  };
  const platforms = [
    "WhatsApp",
    "Telegram",
    "Signal",
    "Instagram",
    "Facebook",
    "YouTube",
    "TikTok",
    "Viber",
    "LinkedIn",
    "Skype",
  ];
  const tenSentences = platforms.map((p, i) => `Russia blocked ${p} on day ${i + 1}.`).join(" ");

  it("stops at the sentence the budget runs out on and says what was skipped", () => {
    // read once at the start, then once before each sentence: the fifth read is 5 ms on
    const { extraction, skipped } = extractArticleWithin(article("long.txt", tenSentences), lexicon, {
      ms: 5,
      now: ticking(),
    });
    const starts = splitSentences(tenSentences).map((s) => s.start);
    expect(skipped).toEqual({ budgetMs: 5, sentences: 6, of: 10, offset: starts[4] });
    expect(extraction.relations.map((r) => r.evidence.start)).toEqual(starts.slice(0, 4));
    expect(extraction.sentences).toBe(10);
  });

  it("is not noticed by an article that fits it", () => {
    const { extraction, skipped } = extractArticleWithin(article("a.txt", tenSentences), lexicon, {
      ms: 100,
      now: ticking(),
    });
    expect(skipped).toBeUndefined();
    expect(extraction.relations).toHaveLength(10);
  });

  it("reports the article that ran out, keeps what it found and extracts the next articles", async () => {
    const articles = [
      article("long.txt", tenSentences),
      article("next.txt", "Iran blocked Signal. Turkey banned Instagram."),
    ];
    const { extractions, problems } = await extractAll(articles, defaultLexicon(), {
      workers: 1,
      budget: { ms: 5, now: ticking() },
    });
    expect(problems).toEqual([
      {
        file: "long.txt",
        problem: `over its extraction time budget (5 ms); the last 6 of 10 sentences (from offset ${splitSentences(tenSentences)[4]!.start}) were skipped`,
      },
    ]);
    expect(extractions.map((x) => [x.article, x.relations.length])).toEqual([
      ["long.txt", 4],
      ["next.txt", 2],
    ]);
  });

  it("reaches the worker threads", async () => {
    // more articles than are extracted in process; a budget of 0 runs out before the first sentence
    const articles = Array.from({ length: 51 }, (_, i) => article(`a${i}.txt`, "Iran blocked Signal."));
    const { extractions, problems } = await extractAll(articles, defaultLexicon(), {
      workers: 2,
      budget: { ms: 0 },
    });
    expect(extractions.map((x) => x.relations.length)).toEqual(articles.map(() => 0));
    expect(problems).toHaveLength(51);
    expect(problems[50]).toEqual({
      file: "a50.txt",
      problem:
        "over its extraction time budget (0 ms); the last 1 of 1 sentences (from offset 0) were skipped",
    });
  });
});
