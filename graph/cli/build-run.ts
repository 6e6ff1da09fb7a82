// The build itself: read → extract (or take from the cache) → merge (resolve, assemble, layout) → write,
// with per-file problems on stderr and a summary at the end. The same two halves as `graph extract` and
// `graph merge`, run in one process. Loaded only when a build runs (the extractor is slow to load), so
// help and usage errors answer at once.
import path from "node:path";
import { mergeRecords } from "../merge/records.ts";
import { readInputs } from "../read/files.ts";
import type { CurationFile } from "../curation/index.ts";
import { builtWith } from "./built-with.ts";
import { applyCurationFile } from "./curation-file.ts";
import { extractStep } from "./extract-articles.ts";
import type { Terminal } from "./io.ts";
import { loadLexicon } from "./lexicon-files.ts";
import { reportProblems, strictFailure } from "./problems.ts";
import { formatSummary } from "./summary.ts";
import { writeGraph } from "./write-graph.ts";
import { timed, timedAsync } from "../workers/stages.ts";

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
  /** The extraction cache folder; null with --no-cache. */
  cache: string | null;
  /** --curation: the file, and its operations once read and checked. */
  curationFile: string | null;
  curation: CurationFile | null;
  quiet: boolean;
}

export async function build(args: BuildArgs, terminal: Terminal): Promise<number> {
  const started = performance.now();
  const { stderr } = terminal;
  const lexicon = await loadLexicon(args.lexicons);
  const lexiconFiles = args.lexicons.map((f) => path.basename(f));

  const { articles, problems } = await timedAsync("read", () =>
    readInputs(args.inputs, { maxFileBytes: args.maxFileMb * 1024 * 1024 }),
  );
  reportProblems(problems, stderr);
  if (args.strict && problems.length > 0) return strictFailure("build", problems.length, stderr);
  if (articles.length === 0) {
    stderr.write("graph build: no articles to build; nothing written\n");
    return 1;
  }

  const extracted = await extractStep(
    articles,
    problems,
    {
      lexicon,
      lexiconFiles,
      workers: args.workers,
      cacheDir: args.cache,
      strict: args.strict,
      quiet: args.quiet,
    },
    stderr,
    "build",
  );
  if (typeof extracted === "number") return extracted;

  const { graph, resolution } = timed("merge", () =>
    mergeRecords(extracted.records, {
      keepIsolated: args.keepIsolated,
      maxEvidence: args.maxEvidence,
      builtWith: builtWith({
        keepIsolated: args.keepIsolated,
        lexicons: lexiconFiles,
        maxEvidence: args.maxEvidence,
      }),
    }),
  );
  if (args.curationFile && args.curation) {
    applyCurationFile(graph, { file: args.curationFile, content: args.curation }, terminal, {
      command: "build",
      quiet: args.quiet,
    });
  }
  await timedAsync("write", () => writeGraph(graph, args.out, stderr));

  if (!args.quiet) {
    stderr.write(
      formatSummary({
        verb: "Built",
        out: args.out,
        seconds: (performance.now() - started) / 1000,
        articles: articles.length,
        problems: problems.length,
        sentences: extracted.records.reduce((sum, r) => sum + (r.extraction?.sentences ?? 0), 0),
        entities: resolution.nodes.length,
        graph,
        cache: { dir: args.cache, reused: extracted.reused, extracted: extracted.extracted },
      }),
    );
  }
  return 0;
}
