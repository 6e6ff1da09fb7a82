// The build itself: read → extract → resolve → assemble → layout → write, with per-file problems
// on stderr and a summary at the end. Loaded only when a build runs (the extractor is slow to load),
// so help and usage errors answer at once.
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { buildGraph, resolve, serializeGraph } from "../merge/index.ts";
import { IMPORT_LIMITS } from "../import/normalize.ts";
import { readInputs } from "../read/files.ts";
import { formatSize } from "../read/limits.ts";
import type { InputProblem } from "../types.ts";
import { extractAll } from "../workers/pool.ts";
import { writeFileAtomic } from "../write.ts";
import type { Terminal } from "./io.ts";
import { loadLexicon } from "./lexicon-files.ts";
import { noProgress, progressBar } from "./progress.ts";
import { formatSummary } from "./summary.ts";

/** Below this many articles a build is quick enough that a progress bar would only flicker. */
const PROGRESS_MIN_ARTICLES = 200;

export interface BuildArgs {
  inputs: string[];
  out: string;
  lexicons: string[];
  strict: boolean;
  keepIsolated: boolean;
  workers: number;
  maxFileMb: number;
  /** Evidence items kept per edge. */
  maxEvidence: number;
  quiet: boolean;
}

export async function build(args: BuildArgs, terminal: Terminal): Promise<number> {
  const started = performance.now();
  const { stderr } = terminal;
  const lexicon = await loadLexicon(args.lexicons);

  const { articles, problems } = await readInputs(args.inputs, {
    maxFileBytes: args.maxFileMb * 1024 * 1024,
  });
  reportProblems(problems, stderr);
  if (args.strict && problems.length > 0) return strictFailure(problems.length, stderr);
  if (articles.length === 0) {
    stderr.write("graph build: no articles to build; nothing written\n");
    return 1;
  }

  const progress =
    !args.quiet && stderr.isTTY && articles.length >= PROGRESS_MIN_ARTICLES
      ? progressBar(stderr, "extracting")
      : noProgress;
  const extracted = await extractAll(articles, lexicon, {
    workers: args.workers,
    onProgress: progress.update,
  });
  progress.finish();
  reportProblems(extracted.problems, stderr);
  problems.push(...extracted.problems);
  if (args.strict && problems.length > 0) return strictFailure(problems.length, stderr);

  const resolution = resolve(extracted.extractions, { maxEvidence: args.maxEvidence });
  const graph = buildGraph(articles, resolution, {
    keepIsolated: args.keepIsolated,
    // Only what changes the output: never worker counts, paths or times.
    builtWith: {
      version: packageVersion(),
      options: {
        keepIsolated: args.keepIsolated,
        lexicons: args.lexicons.map((f) => path.basename(f)),
        maxEvidence: args.maxEvidence,
      },
    },
  });

  await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
  const json = serializeGraph(graph);
  await writeFileAtomic(args.out, json);
  const warning = sizeWarning(args.out, Buffer.byteLength(json));
  if (warning) stderr.write(warning);

  if (!args.quiet) {
    stderr.write(
      formatSummary({
        out: args.out,
        seconds: (performance.now() - started) / 1000,
        articles: articles.length,
        problems: problems.length,
        extractions: extracted.extractions,
        entities: resolution.nodes.length,
        graph,
      }),
    );
  }
  return 0;
}

/** A graph the explorer and `graph export` will refuse is worth a word, with the way out. */
export function sizeWarning(file: string, bytes: number, limit = IMPORT_LIMITS.maxBytes): string | null {
  if (bytes <= limit) return null;
  return `graph build: warning: ${file} is too large for the explorer and graph export (${formatSize(bytes)}; the limit is ${formatSize(limit)}); build with a lower --max-evidence to open it there\n`;
}

function reportProblems(problems: readonly InputProblem[], stderr: Terminal["stderr"]): void {
  for (const { file, problem } of problems) stderr.write(`${file}: ${problem}\n`);
}

function strictFailure(count: number, stderr: Terminal["stderr"]): number {
  stderr.write(
    `graph build: --strict and ${count} input problem${count === 1 ? "" : "s"}; nothing written\n`,
  );
  return 1;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
