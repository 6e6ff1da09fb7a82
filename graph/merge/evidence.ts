// An edge's evidence: sorted, each sentence of an article once, and at most `maxEvidence` items kept. One
// article can state a relation thousands of times (a 30 MB dump gave one edge 278,000 items and a 137 MB
// graph); the first items, in article and offset order, are what a reader checks, and the count of all of
// them stays in `weight` and, on a capped edge, in `evidenceTotal`.
import { byCodeUnit } from "../order.ts";
import type { EdgeAttributes, Evidence } from "../types.ts";

/** Evidence items kept per edge unless `graph build --max-evidence` says otherwise. */
export const DEFAULT_MAX_EVIDENCE = 50;

export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    byCodeUnit(a.article, b.article) ||
    a.start - b.start ||
    a.end - b.end ||
    byCodeUnit(a.sentence, b.sentence) ||
    byCodeUnit(a.modality, b.modality) ||
    byCodeUnit(a.rule ?? "", b.rule ?? "") ||
    byCodeUnit(a.date ?? "", b.date ?? "") ||
    byCodeUnit(a.dateSource ?? "", b.dateSource ?? "")
  );
}

/**
 * Sorted by (article, start, end); a sentence stated twice in one article (a headline repeated in the body,
 * the same span read by two rules) counts once, at its first place.
 */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return [...evidence].sort(compareEvidence).filter((e) => {
    const key = `${e.article}\u0000${e.sentence.trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type EdgeEvidence = Pick<EdgeAttributes, "weight" | "evidence" | "evidenceTotal">;

/**
 * The first `max` of deduplicated `evidence`; `total` (default: all of `evidence`) is how many there are in
 * all, which a capped edge's `evidenceTotal` keeps. `weight` is always the total.
 */
export function capEvidence(
  evidence: readonly Evidence[],
  max: number,
  total = evidence.length,
): EdgeEvidence {
  if (evidence.length <= max && total <= evidence.length) return { weight: total, evidence: [...evidence] };
  return { weight: total, evidence: evidence.slice(0, max), evidenceTotal: total };
}

/** The evidence of an edge after more was found for it (adding articles to a graph). */
export function mergeEdgeEvidence(existing: EdgeEvidence, added: EdgeEvidence, max: number): EdgeEvidence {
  const all = [...existing.evidence, ...added.evidence];
  const unique = dedupeEvidence(all);
  const known = (e: EdgeEvidence) => e.evidenceTotal ?? e.evidence.length;
  const total = known(existing) + known(added) - (all.length - unique.length);
  return capEvidence(unique, max, total);
}
