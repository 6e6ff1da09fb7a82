// `npx tsx bench/sentence-lengths.ts`: the length distribution of real sentences (tokens and
// characters, as the extractor splits and tokenizes them) in the fixtures' corpora, beside the cap
// on a sentence's length for analysis (graph/extract/sentences.ts), which no real sentence may reach.
// Prints numbers; asserts nothing.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { MAX_SENTENCE_CHARS, MAX_SENTENCE_TOKENS, splitSentences } from "../graph/extract/sentences.ts";
import { tokenize } from "../graph/extract/tokens.ts";
import { parseArticleText } from "../graph/read/index.ts";

const root = path.resolve(import.meta.dirname, "..");
const CORPORA = ["tests/fixtures/news", "tests/fixtures/dev", "sources"];

/** The value below which a share `p` of the sorted `values` lies. */
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function lengths(dir: string): { tokens: number[]; chars: number[] } {
  const tokens: number[] = [];
  const chars: number[] = [];
  for (const file of readdirSync(path.join(root, dir)).sort()) {
    if (!/\.(?:txt|md)$/.test(file) || file === "sources.md") continue;
    const { articles } = parseArticleText(file, readFileSync(path.join(root, dir, file), "utf8"));
    for (const { text } of articles)
      for (const s of splitSentences(text)) {
        tokens.push(tokenize(s.text).length);
        chars.push(s.text.length);
      }
  }
  return { tokens: tokens.sort((a, b) => a - b), chars: chars.sort((a, b) => a - b) };
}

const row = (label: string, sorted: number[], cap: number) =>
  `  ${label.padEnd(10)} ${[0.5, 0.9, 0.99, 1].map((p) => String(percentile(sorted, p)).padStart(6)).join("")}` +
  `   cap ${cap}`;

console.log("Sentence lengths: median, 90th and 99th percentile, longest");
for (const dir of CORPORA) {
  const { tokens, chars } = lengths(dir);
  console.log(`${dir}: ${tokens.length} sentences`);
  console.log(row("tokens", tokens, MAX_SENTENCE_TOKENS));
  console.log(row("characters", chars, MAX_SENTENCE_CHARS));
}
