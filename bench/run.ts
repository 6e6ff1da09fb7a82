// `npm run bench [-- <sizes…>] [-- --sizes a,b] [-- --workers N] [-- --only corpus,incremental,merge,long-line,explorer,analysis,dates]`:
// builds synthetic corpora of 1,000 and 10,000 articles, and of the sizes given besides (`npm run bench
// -- 100000` adds 100,000; `--sizes 1000` builds only those), and the news fixtures repeated to 1,000
// articles, through the CLI's code path (without the cache, so every article is extracted) and prints
// articles/s, words/s, CPU time, peak memory, CPU time per stage, and the growth exponent of time
// against size (1 = linear); then incremental builds with the cache (bench/incremental.ts), the memory
// of graph merge per million edges (bench/merge-memory.ts), one unpunctuated line of 0.2, 1 and 5 MB
// (bench/long-line.ts), the explorer (bench/explorer.ts), its analysis at 10,000 nodes
// (bench/analysis.ts), and the date parsers on the news corpus (bench/dates.ts).
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
import { NEWS_REPEATED, writeNewsCorpus } from "./news-corpus.ts";
import { STAGES, type Stage } from "../graph/workers/stages.ts";

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
const sizesAt = args.indexOf("--sizes");
const optionValues = new Set([workersAt, onlyAt, sizesAt].filter((i) => i >= 0).map((i) => i + 1));
const added = args.filter((a, i) => /^\d+$/.test(a) && !optionValues.has(i)).map(Number);
const sizes =
  sizesAt >= 0
    ? (args[sizesAt + 1] ?? "").split(",").map(Number)
    : [...new Set([1000, 10000, ...added])].sort((a, b) => a - b);
for (const size of sizes)
  if (!Number.isInteger(size) || size < 1) throw new Error(`--sizes: "${size}" is not a number of articles`);

interface Row {
  label: string;
  articles: number;
  words: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMiB: number;
  stages: Record<Stage, number>;
}

console.log(
  `Newsgraph bench: ${os.cpus().length} CPUs, Node ${process.version}, ${workerArgs.join(" ") || "default workers"}`,
);
const rows: Row[] = [];
const corpora: { label: string; size: number; write: (dir: string) => Promise<number> }[] = only.has("corpus")
  ? [
      ...sizes.map((size) => ({
        label: "synthetic",
        size,
        write: (dir: string) => writeCorpus(dir, size),
      })),
      // real news wording, which repeats sentences from article to article (bench/news-corpus.ts)
      { label: "news ×", size: NEWS_REPEATED, write: (dir: string) => writeNewsCorpus(dir, NEWS_REPEATED) },
    ]
  : [];
for (const { label, size, write } of corpora) {
  const name = label === "synthetic" ? `corpus-${size}` : `news-${size}`;
  const corpus = path.join(outDir, name);
  const generated = performance.now();
  const words = await write(corpus);
  const generation = (performance.now() - generated) / 1000;
  console.log(
    `\n${size} ${label === "synthetic" ? "synthetic" : "news (tests/fixtures/news repeated)"} articles, ${words.toLocaleString("en")} words (written in ${generation.toFixed(1)} s); building…`,
  );

  const result = measuredRun([
    "build",
    corpus,
    "--out",
    path.join(outDir, `graph-${name}.json`),
    "--no-cache",
    ...workerArgs,
  ]);
  if (result.code !== 0) {
    console.log(`build failed with exit code ${result.code}`);
    process.exitCode = 1;
    continue;
  }
  rows.push({
    label,
    articles: size,
    words,
    seconds: result.seconds,
    cpuSeconds: result.cpuSeconds,
    maxRssMiB: result.maxRssKiB / 1024,
    stages: result.stages,
  });
}

if (rows.length > 0) {
  console.log(
    "\n corpus     articles      words  seconds  articles/s    words/s  ms/article  CPU s  peak RSS",
  );
  for (const r of rows)
    console.log(
      [
        r.label.padEnd(9),
        String(r.articles).padStart(9),
        String(r.words).padStart(10),
        r.seconds.toFixed(1).padStart(8),
        (r.articles / r.seconds).toFixed(1).padStart(11),
        Math.round(r.words / r.seconds)
          .toString()
          .padStart(10),
        ((r.seconds * 1000) / r.articles).toFixed(2).padStart(11),
        r.cpuSeconds.toFixed(1).padStart(6),
        `${Math.round(r.maxRssMiB)} MiB`.padStart(9),
      ].join(" "),
    );
  // CPU time per stage, summed over the threads (graph/workers/stages.ts): what load changes least
  console.log(
    `\nCPU seconds per stage, summed over threads\n corpus     articles ${STAGES.map((s) => s.padStart(10)).join("")}`,
  );
  for (const r of rows)
    console.log(
      `${r.label.padEnd(9)} ${String(r.articles).padStart(9)} ${STAGES.map((s) => r.stages[s].toFixed(2).padStart(10)).join("")}`,
    );
}
const synthetic = rows.filter((r) => r.label === "synthetic");
if (synthetic.length > 1) {
  // the slope of log time against log size: 1 is linear
  const exponent = (time: (r: Row) => number) => {
    const xs = synthetic.map((r) => Math.log(r.articles));
    const ys = synthetic.map((r) => Math.log(time(r)));
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let num = 0;
    let den = 0;
    for (let i = 0; i < xs.length; i++) {
      num += (xs[i]! - mx) * (ys[i]! - my);
      den += (xs[i]! - mx) ** 2;
    }
    return num / den;
  };
  const sizesRun = synthetic.map((r) => r.articles.toLocaleString("en")).join(", ");
  console.log(
    `\ngrowth exponent of time against corpus size (${sizesRun} articles; 1.00 = linear): wall ${exponent((r) => r.seconds).toFixed(2)}, CPU ${exponent((r) => r.cpuSeconds).toFixed(2)}`,
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
