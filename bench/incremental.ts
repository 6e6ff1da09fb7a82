// Incremental-build benchmark (run: npx tsx bench/incremental.ts [articles], or from `npm run bench`):
// on the synthetic corpus, a build with an empty cache (everything extracted, every entry written),
// the same build again (all reused), and a rebuild after one article was added (one extracted), each
// through the CLI's code path, against a build without the cache. Prints numbers; asserts nothing.
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticArticle } from "./corpus.ts";
import { measuredRun, type Measured } from "./measured.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "bench", "out", "incremental");

/** Writes articles 0 … size-1 of the synthetic corpus (the same texts as bench/run.ts's corpus). */
async function writeSynthetic(dir: string, size: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (let i = 0; i < size; i++) {
    const { file, content } = syntheticArticle(i);
    const target = path.join(dir, file);
    if (i % 500 === 0) await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

export async function runIncrementalBench(size = 1000, workerArgs: string[] = []): Promise<void> {
  const corpus = path.join(outDir, `corpus-${size}`);
  const grown = path.join(outDir, `corpus-${size}-plus-one`);
  const cache = path.join(outDir, "cache");
  await writeSynthetic(corpus, size);
  await rm(cache, { recursive: true, force: true });
  await rm(grown, { recursive: true, force: true });
  await cp(corpus, grown, { recursive: true });
  const added = syntheticArticle(size);
  await mkdir(path.dirname(path.join(grown, added.file)), { recursive: true });
  await writeFile(path.join(grown, added.file), added.content);

  const build = (label: string, input: string, ...options: string[]): [string, Measured] => {
    const result = measuredRun([
      "build",
      input,
      "--out",
      path.join(outDir, "graph.json"),
      "--quiet",
      ...workerArgs,
      ...options,
    ]);
    if (result.code !== 0) throw new Error(`${label}: the build failed with exit code ${result.code}`);
    return [label, result];
  };
  console.log(`Incremental builds, ${size} synthetic articles (cache in ${path.relative(root, cache)}):`);
  const rows = [
    build(`${size}, no cache`, corpus, "--no-cache"),
    build(`${size}, cold cache (all extracted and written)`, corpus, "--cache", cache),
    build(`${size}, warm cache, unchanged (all reused)`, corpus, "--cache", cache),
    build(`${size} + 1 added, warm cache (1 extracted)`, grown, "--cache", cache),
  ];
  const cold = rows[1]![1];
  console.log(" seconds  CPU s  peak RSS  vs cold  build");
  for (const [label, r] of rows)
    console.log(
      [
        r.seconds.toFixed(1).padStart(8),
        r.cpuSeconds.toFixed(1).padStart(6),
        `${Math.round(r.maxRssKiB / 1024)} MiB`.padStart(9),
        `${((100 * r.seconds) / cold.seconds).toFixed(0)} %`.padStart(8),
        ` ${label}`,
      ].join(" "),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 1000);
  await runIncrementalBench(Number.isSafeInteger(size) && size > 0 ? size : 1000);
}
