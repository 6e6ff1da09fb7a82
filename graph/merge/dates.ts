// Dating evidence where it is merged: from the sentence and the article's date alone, so it needs nothing
// the extraction cache or an article record holds beyond them, and `graph extract` + `graph merge` date
// exactly as `graph build` does. (Dating is cheap next to extraction and changes with graph/time, not with
// the extractor: it does not belong in the cache's builder version.)
import { articleDateIso, evidenceDate } from "../time/resolve.ts";
import type { Evidence } from "../types.ts";

type Dated = ReturnType<typeof evidenceDate>;

/**
 * The dates found last, by sentence, article date and hints: a date depends on nothing else, and a
 * corpus states the same relation in the same sentence in many articles (wire copy, follow-ups), which
 * the date parser would read again each time.
 */
const dates = new Map<string, Dated>();
const DATES_MAX = 50_000;

/** `evidence` with its date and source, given its article's date as read (any format articleDateIso reads). */
export function datedEvidence(
  evidence: Evidence,
  articleDate: string | null,
  hints: readonly string[],
): Evidence {
  const { article, sentence, start, end, modality, rule } = evidence;
  const item: Evidence = { article, sentence, start, end, modality };
  if (rule !== undefined) item.rule = rule;
  const dated = dateOf(sentence, articleDateIso(articleDate), hints);
  if (dated) Object.assign(item, dated);
  return item;
}

function dateOf(sentence: string, articleDate: string | null, hints: readonly string[]): Dated {
  const key = `${articleDate ?? ""}\u0000${hints.length}\u0000${hints.join("\u0000")}\u0000\u0000${sentence}`;
  if (dates.has(key)) return dates.get(key)!;
  const dated = evidenceDate(sentence, articleDate, hints);
  // forgetting all at once keeps this a plain map; what recurs comes back at once
  if (dates.size >= DATES_MAX) dates.clear();
  dates.set(key, dated);
  return dated;
}
