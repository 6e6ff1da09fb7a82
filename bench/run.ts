// `npm run bench [-- <sizes…>] [-- --workers N] [-- --only corpus,incremental,merge,long-line,explorer,analysis,dates]`:
// builds synthetic corpora of 1,000 and 10,000 articles through the CLI's code path (without the cache,
// so every article is extracted) and prints articles/s, words/s, peak memory, and time per article per
// size (so linearity shows); then incremental builds with the cache (bench/incremental.ts), the memory
// of graph merge per million edges (bench/merge-memory.ts), one unpunctuated line of 0.2, 1 and 5 MB
// (bench/long-line.ts), the explorer (bench/explorer.ts), its analysis at 10,000 nodes (bench/analysis.ts),
// and the date parsers on the news corpus (bench/dates.ts).
// Numbers only; nothing is asserted.
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { countWords } from "../graph/merge/articles.ts";
import { parseArticleText } from "../graph/read/index.ts";
import { syntheticArticle } from "./corpus.ts";
import { printAnalysisBench } from "./analysis.ts";
import { runDatesBench } from "./dates.ts";
import { runExplorerBench } from "./explorer.ts";
import { runIncrementalBench } from "./incremental.ts";
import { runLongLineBench } from "./long-line.ts";
import { runMergeMemoryBench } from "./merge-memory.ts";
import { measuredRun } from "./measured.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "bench", "out");

const args = process.argv.slice(2);
const workersAt = args.indexOf("--workers");
const workerArgs = workersAt >= 0 ? ["--workers", args[workersAt + 1] ?? ""] : [];
const onlyAt = args.indexOf("--only");
const SECTIONS = ["corpus", "incremental", "merge", "long-line", "explorer", "analysis", "dates"];
const only = new Set(onlyAt >= 0 ? (args[onlyAt + 1] ?? "").split(",") : SECTIONS);
for (const name of only)
  if (!SECTIONS.includes(name)) throw new Error(`--only: no section "${name}" (${SECTIONS.join(", ")})`);
const sizes = args
  .filter(
    (a, i) => /^\d+$/.test(a) && (workersAt < 0 || i !== workersAt + 1) && (onlyAt < 0 || i !== onlyAt + 1),
  )
  .map(Number);
if (sizes.length === 0) sizes.push(1000, 10000);

interface Row {
  articles: number;
  words: number;
  seconds: number;
  maxRssMiB: number;
}

console.log(
  `Newsgraph bench: ${os.cpus().length} CPUs, Node ${process.version}, ${workerArgs.join(" ") || "default workers"}`,
);
const rows: Row[] = [];
for (const size of only.has("corpus") ? sizes : []) {
  const corpus = path.join(outDir, `corpus-${size}`);
  const generated = performance.now();
  const words = await writeCorpus(corpus, size);
  const generation = (performance.now() - generated) / 1000;
  console.log(
    `\n${size} articles, ${words.toLocaleString("en")} words (generated in ${generation.toFixed(1)} s); building…`,
  );

  const result = measuredRun([
    "build",
    corpus,
    "--out",
    path.join(outDir, `graph-${size}.json`),
    "--no-cache",
    ...workerArgs,
  ]);
  if (result.code !== 0) {
    console.log(`build failed with exit code ${result.code}`);
    process.exitCode = 1;
    continue;
  }
  rows.push({ articles: size, words, seconds: result.seconds, maxRssMiB: result.maxRssKiB / 1024 });
}

if (rows.length > 0)
  console.log("\n articles      words  seconds  articles/s    words/s  ms/article  peak RSS");
for (const r of rows) {
  console.log(
    [
      String(r.articles).padStart(9),
      String(r.words).padStart(10),
      r.seconds.toFixed(1).padStart(8),
      (r.articles / r.seconds).toFixed(1).padStart(11),
      Math.round(r.words / r.seconds)
        .toString()
        .padStart(10),
      ((r.seconds * 1000) / r.articles).toFixed(2).padStart(11),
      `${Math.round(r.maxRssMiB)} MiB`.padStart(9),
    ].join(" "),
  );
}
if (rows.length > 1) {
  const [first, last] = [rows[0]!, rows[rows.length - 1]!];
  const ratio = last.seconds / last.articles / (first.seconds / first.articles);
  console.log(
    `\ncost per article at ${last.articles} vs ${first.articles}: ×${ratio.toFixed(2)} (1.00 = linear)`,
  );
}

// A rebuild that reuses the cache: one article added to a 1,000-article corpus, against a cold build.
if (only.has("incremental")) {
  console.log("");
  await runIncrementalBench(1000, workerArgs);
}

// The reduce step's memory, per million edges.
if (only.has("merge")) {
  console.log("");
  await runMergeMemoryBench();
}

// One article that is a single line without punctuation: its cost must grow linearly with its size.
if (only.has("long-line")) {
  console.log("");
  await runLongLineBench();
}

// The explorer in headless Chromium (bench/explorer.ts): first render and filter, against bare sigma.
if (only.has("explorer")) {
  console.log("");
  await runExplorerBench();
}

// The explorer's analysis (bench/analysis.ts): rankings, paths, communities, table, text search at 10k nodes.
if (only.has("analysis")) {
  console.log("");
  printAnalysisBench();
}

// Date parsers (bench/dates.ts): which resolves the hand-checked evidence dates, and how fast.
if (only.has("dates")) {
  console.log("");
  runDatesBench();
}

/** Writes the corpus afresh and returns its word count (as the graph counts words). */
async function writeCorpus(dir: string, size: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  let words = 0;
  for (let i = 0; i < size; i++) {
    const { file, content } = syntheticArticle(i);
    const target = path.join(dir, file);
    if (i % 500 === 0) await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
    for (const article of parseArticleText(file, content).articles) words += countWords(article.text);
  }
  return words;
}
