// Extraction over many articles: in-process for small builds, otherwise spread over worker
// threads in batches. Results are put back in article order, so the output never depends on
// which worker finished first.
import { Worker } from "node:worker_threads";
import { compileLexicon, skippedProblem, type ExtractionBudget, type Lexicon } from "../extract/index.ts";
import type { Article, ArticleExtraction, EntityRef, InputProblem } from "../types.ts";
import {
  extractSafely,
  shareEntityRefs,
  type BatchRequest,
  type BatchResponse,
  type ExtractionOutcome,
  type LexiconRequest,
} from "./protocol.ts";
import { addStageTimes, timed } from "./stages.ts";

/** Up to this many articles, starting workers costs more than it saves. */
export const IN_PROCESS_MAX_ARTICLES = 50;
const MAX_BATCH = 50;

export interface ExtractAllOptions {
  /** Worker threads to use; 1 extracts in this thread. */
  workers: number;
  onProgress?: (done: number, total: number) => void;
  /** Per article (see ExtractionBudget); worker threads take its `ms` and keep their own clock. */
  budget?: ExtractionBudget;
}

export interface ExtractAllResult {
  /** In the order of the articles given, without the articles whose extraction failed. */
  extractions: ArticleExtraction[];
  problems: InputProblem[];
}

export async function extractAll(
  articles: readonly Article[],
  lexicon: Lexicon,
  options: ExtractAllOptions,
): Promise<ExtractAllResult> {
  const outcomes = await extractOutcomes(articles, lexicon, options);
  const result: ExtractAllResult = { extractions: [], problems: [] };
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      result.problems.push({ file: outcome.article, problem: `extraction failed: ${outcome.error}` });
      continue;
    }
    // what was extracted before the budget ran out is kept
    result.extractions.push(outcome.extraction);
    if (outcome.skipped)
      result.problems.push({ file: outcome.extraction.article, problem: skippedProblem(outcome.skipped) });
  }
  return result;
}

/** One outcome per article, in the order of the articles given. */
export async function extractOutcomes(
  articles: readonly Article[],
  lexicon: Lexicon,
  options: ExtractAllOptions,
): Promise<ExtractionOutcome[]> {
  // A build the cache answers whole compiles no lexicon.
  if (articles.length === 0) return [];
  return options.workers <= 1 || articles.length <= IN_PROCESS_MAX_ARTICLES
    ? extractInProcess(articles, lexicon, options.budget, options.onProgress)
    : await extractInWorkers(articles, lexicon, options.workers, options.budget?.ms, options.onProgress);
}

function extractInProcess(
  articles: readonly Article[],
  lexicon: Lexicon,
  budget: ExtractionBudget | undefined,
  onProgress?: (done: number, total: number) => void,
): ExtractionOutcome[] {
  const compiled = compileLexicon(lexicon);
  const refs = new Map<string, EntityRef>();
  return articles.map((article, i) => {
    const outcome = extractSafely(article, compiled, budget);
    shareEntityRefs([outcome], refs);
    onProgress?.(i + 1, articles.length);
    return outcome;
  });
}

async function extractInWorkers(
  articles: readonly Article[],
  lexicon: Lexicon,
  workerCount: number,
  budgetMs: number | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<ExtractionOutcome[]> {
  // Several batches per worker so a slow batch does not leave the others idle at the end.
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(articles.length / (workerCount * 8))));
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += batchSize) batches.push(articles.slice(i, i + batchSize));
  const results: ExtractionOutcome[][] = new Array(batches.length);
  // one object per entity across all batches, not one per batch
  const refs = new Map<string, EntityRef>();
  const workers = Array.from({ length: Math.min(workerCount, batches.length) }, () => startWorker(budgetMs));
  try {
    // compiled here, once, while the workers load the extractor; each gets a copy before its first batch
    const compiled: LexiconRequest = { lexicon: timed("start", () => compileLexicon(lexicon)) };
    for (const worker of workers) worker.postMessage(compiled);
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      let done = 0;
      const feed = (worker: Worker) => {
        if (next >= batches.length) return;
        const request: BatchRequest = { batch: next, articles: batches[next]! };
        next++;
        worker.postMessage(request);
      };
      for (const worker of workers) {
        worker.on("message", ({ batch, outcomes, stages }: BatchResponse) => {
          shareEntityRefs(outcomes, refs);
          results[batch] = outcomes;
          addStageTimes(stages);
          done += outcomes.length;
          onProgress?.(done, articles.length);
          if (++finished === batches.length) resolve();
          else feed(worker);
        });
        worker.on("error", (error) => reject(new Error(`extraction worker failed: ${error.message}`)));
        worker.on("exit", (code) => {
          if (finished < batches.length)
            reject(new Error(`extraction worker stopped early (exit code ${code})`));
        });
        feed(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}

function startWorker(budgetMs: number | undefined): Worker {
  return new Worker(new URL("./bootstrap.mjs", import.meta.url), {
    workerData: { entry: new URL("./extract-worker.ts", import.meta.url).href, budgetMs },
    // The bootstrap registers tsx; inheriting the parent's `--import tsx` would only load it twice.
    execArgv: [],
  });
}
