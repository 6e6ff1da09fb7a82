// What the extraction pool and its workers say to each other, and the one function both sides
// use to extract an article, so in-process and worker builds cannot drift apart.
import {
  extractArticleWithin,
  type CompiledLexicon,
  type ExtractionBudget,
  type SkippedRest,
} from "../extract/index.ts";
import type { Article, ArticleExtraction, EntityRef } from "../types.ts";
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

/**
 * Makes the outcomes' equal entity references one object each (`refs` holds the ones kept so far). An
 * extraction names the same few entities over and over, a new object each time; shared, they cross to
 * the pool once per batch (a structured clone copies an object once however often it is referenced) and
 * a large build holds one per entity instead of one per mention. Same values, same key order: the same
 * JSON.
 */
export function shareEntityRefs(outcomes: readonly ExtractionOutcome[], refs: Map<string, EntityRef>): void {
  const shared = (ref: EntityRef): EntityRef => {
    const id = `${ref.key}\n${ref.label}\n${ref.kind}\n${ref.category}`;
    const known = refs.get(id);
    if (known && sameKeys(known, ref)) return known;
    if (!known) refs.set(id, ref);
    return ref;
  };
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    for (const m of outcome.extraction.mentions) m.entity = shared(m.entity);
    for (const r of outcome.extraction.relations) {
      r.subject = shared(r.subject);
      r.object = shared(r.object);
    }
  }
}

/** Whether two references have the same fields in the same order (so they serialize alike). */
function sameKeys(a: EntityRef, b: EntityRef): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}
