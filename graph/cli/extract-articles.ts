// The map step as build and extract share it: articles → one record each, from the cache where it has
// the article's text under the same lexicons and builder, else extracted (in workers for large builds)
// and then cached. Records come back in the order of the articles given.
import { createHash } from "node:crypto";
import { ExtractionCache } from "../cache/store.ts";
import { skippedProblem, type Lexicon } from "../extract/index.ts";
import { builderVersion } from "../records/builder-version.ts";
import { articleRecord, type ArticleRecord, type LexiconStamp } from "../records/format.ts";
import type { Article, ArticleExtraction, InputProblem } from "../types.ts";
import { extractOutcomes } from "../workers/pool.ts";
import type { Terminal } from "./io.ts";
import { reportProblems, strictFailure } from "./problems.ts";
import { noProgress, progressBar, PROGRESS_MIN_ARTICLES, type Progress } from "./progress.ts";

/** Cache files read at once: enough to hide disk latency, few enough to bound open files. */
const PARALLEL_CACHE_IO = 64;

export interface ExtractArticlesOptions {
  lexicon: Lexicon;
  /** Base names of the --lexicon files, as builtWith records them. */
  lexiconFiles: string[];
  workers: number;
  /** The cache folder, or null for --no-cache. */
  cacheDir: string | null;
  progress: Progress;
}

export interface ExtractedArticles {
  records: ArticleRecord[];
  /** Extraction failures and time budgets run out, one per article concerned. */
  problems: InputProblem[];
  /** Articles taken from the cache, and articles extracted in this run. */
  reused: number;
  extracted: number;
}

/** The stamp every record and cache key of this run carries. */
export function runStamp(lexicon: Lexicon, files: string[]): { builder: string; lexicon: LexiconStamp } {
  const fingerprint = createHash("sha256").update(JSON.stringify(lexicon)).digest("hex").slice(0, 16);
  return { builder: builderVersion(), lexicon: { fingerprint, files } };
}

export async function extractArticles(
  articles: readonly Article[],
  options: ExtractArticlesOptions,
  stderr: Terminal["stderr"],
  command: string,
): Promise<ExtractedArticles> {
  const stamp = runStamp(options.lexicon, options.lexiconFiles);
  const cache =
    options.cacheDir === null
      ? null
      : new ExtractionCache(options.cacheDir, { builder: stamp.builder, lexicon: stamp.lexicon.fingerprint });

  const cached: (ArticleExtraction | undefined)[] = new Array(articles.length);
  if (cache)
    await inBatches(articles.length, async (i) => {
      cached[i] = await cache.get(articles[i]!);
    });
  const missing = articles.filter((_, i) => cached[i] === undefined);
  const reused = articles.length - missing.length;

  const outcomes = await extractOutcomes(missing, options.lexicon, {
    workers: options.workers,
    onProgress: (done) => options.progress.update(reused + done, articles.length),
  });
  options.progress.finish();

  const records: ArticleRecord[] = [];
  const problems: InputProblem[] = [];
  const toCache: [Article, ArticleExtraction][] = [];
  let next = 0;
  for (const [i, article] of articles.entries()) {
    const hit = cached[i];
    if (hit) {
      records.push(articleRecord(stamp, article, hit, null));
      continue;
    }
    const outcome = outcomes[next++]!;
    if (!outcome.ok) {
      const problem = `extraction failed: ${outcome.error}`;
      records.push(articleRecord(stamp, article, null, problem));
      problems.push({ file: article.id, problem });
    } else if (outcome.skipped) {
      // Cut short by the time budget: kept for this build, never cached (a quieter machine may finish it).
      const problem = skippedProblem(outcome.skipped);
      records.push(articleRecord(stamp, article, outcome.extraction, problem));
      problems.push({ file: article.id, problem });
    } else {
      records.push(articleRecord(stamp, article, outcome.extraction, null));
      toCache.push([article, outcome.extraction]);
    }
  }
  if (cache) {
    await inBatches(toCache.length, (i) => cache.put(...toCache[i]!));
    reportCache(cache, stderr, command);
  }
  return { records, problems, reused, extracted: missing.length };
}

export interface ExtractStepOptions {
  lexicon: Lexicon;
  lexiconFiles: string[];
  workers: number;
  cacheDir: string | null;
  strict: boolean;
  quiet: boolean;
}

/**
 * The step build and extract share after reading: a progress bar on a terminal for large runs, the
 * records, and the extraction problems reported and added to `problems`. Under --strict any problem
 * ends the run: the exit code is returned instead of records.
 */
export async function extractStep(
  articles: readonly Article[],
  problems: InputProblem[],
  options: ExtractStepOptions,
  stderr: Terminal["stderr"],
  command: string,
): Promise<ExtractedArticles | number> {
  const progress =
    !options.quiet && stderr.isTTY && articles.length >= PROGRESS_MIN_ARTICLES
      ? progressBar(stderr, "extracting")
      : noProgress;
  const { lexicon, lexiconFiles, workers, cacheDir } = options;
  const extracted = await extractArticles(
    articles,
    { lexicon, lexiconFiles, workers, cacheDir, progress },
    stderr,
    command,
  );
  reportProblems(extracted.problems, stderr);
  problems.push(...extracted.problems);
  if (options.strict && problems.length > 0) return strictFailure(command, problems.length, stderr);
  return extracted;
}

/** Damaged entries said once per run, in one line, with the first few named; a write problem likewise. */
function reportCache(cache: ExtractionCache, stderr: Terminal["stderr"], command: string): void {
  const { damaged } = cache;
  if (damaged.length > 0) {
    const shown = damaged
      .slice(0, 3)
      .map((d) => `${d.entry}: ${d.damage}`)
      .join("; ");
    const more = damaged.length > 3 ? `; and ${damaged.length - 3} more` : "";
    const entries = damaged.length === 1 ? "1 damaged entry" : `${damaged.length} damaged entries`;
    stderr.write(`graph ${command}: cache ${cache.dir}: ${entries} re-extracted (${shown}${more})\n`);
  }
  if (cache.writeProblem !== undefined)
    stderr.write(
      `graph ${command}: cache ${cache.dir}: cannot write entries ${cache.writeProblem}; this run's extractions are not cached\n`,
    );
}

async function inBatches(count: number, task: (i: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < count; start += PARALLEL_CACHE_IO) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + PARALLEL_CACHE_IO); i++) batch.push(task(i));
    await Promise.all(batch);
  }
}
