// What the extraction pool and its workers say to each other, and the one function both sides
// use to extract an article, so in-process and worker builds cannot drift apart.
import {
  extractArticleWithin,
  type CompiledLexicon,
  type ExtractionBudget,
  type SkippedRest,
} from "../extract/index.ts";
import type { Article, ArticleExtraction } from "../types.ts";
import { errorMessage } from "../errors.ts";
import { timed, type StageTimes } from "./stages.ts";

export interface BatchRequest {
  batch: number;
  articles: Article[];
}

/**
 * The pool's first message to a worker: the lexicon, compiled once by the pool while the workers load
 * (one structured clone keeps the entities shared between its indexes the same objects).
 */
export interface LexiconRequest {
  lexicon: CompiledLexicon;
}

export type WorkerRequest = LexiconRequest | BatchRequest;

export type ExtractionOutcome =
  | { ok: true; extraction: ArticleExtraction; skipped?: SkippedRest }
  | { ok: false; article: string; error: string };

export interface BatchResponse {
  batch: number;
  outcomes: ExtractionOutcome[];
  /** The worker's time per stage since its previous response (bench only). */
  stages?: StageTimes;
}

/** One article's extraction; an extractor bug on one article becomes a problem, not a failed build. */
export function extractSafely(
  article: Article,
  lexicon: CompiledLexicon,
  budget?: ExtractionBudget,
): ExtractionOutcome {
  try {
    const { extraction, skipped } = timed("extract", () => extractArticleWithin(article, lexicon, budget));
    return skipped ? { ok: true, extraction, skipped } : { ok: true, extraction };
  } catch (error) {
    return { ok: false, article: article.id, error: errorMessage(error) };
  }
}
