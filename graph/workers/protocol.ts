// What the extraction pool and its workers say to each other, and the one function both sides
// use to extract an article, so in-process and worker builds cannot drift apart.
import { extractArticle, type CompiledLexicon } from "../extract/index.ts";
import type { Article, ArticleExtraction } from "../types.ts";
import { errorMessage } from "../errors.ts";

export interface BatchRequest {
  batch: number;
  articles: Article[];
}

export type ExtractionOutcome =
  { ok: true; extraction: ArticleExtraction } | { ok: false; article: string; error: string };

export interface BatchResponse {
  batch: number;
  outcomes: ExtractionOutcome[];
}

/** One article's extraction; an extractor bug on one article becomes a problem, not a failed build. */
export function extractSafely(article: Article, lexicon: CompiledLexicon): ExtractionOutcome {
  try {
    return { ok: true, extraction: extractArticle(article, lexicon) };
  } catch (error) {
    return { ok: false, article: article.id, error: errorMessage(error) };
  }
}
