// Dating evidence where it is merged: from the sentence and the article's date alone, so it needs nothing
// the extraction cache or an article record holds beyond them, and `graph extract` + `graph merge` date
// exactly as `graph build` does. (Dating is cheap next to extraction and changes with graph/time, not with
// the extractor: it does not belong in the cache's builder version.)
import { articleDateIso, evidenceDate } from "../time/resolve.ts";
import type { Evidence } from "../types.ts";

/** `evidence` with its date and source, given its article's date as read (any format articleDateIso reads). */
export function datedEvidence(
  evidence: Evidence,
  articleDate: string | null,
  hints: readonly string[],
): Evidence {
  const { article, sentence, start, end, modality, rule } = evidence;
  const item: Evidence = { article, sentence, start, end, modality };
  if (rule !== undefined) item.rule = rule;
  const dated = evidenceDate(sentence, articleDateIso(articleDate), hints);
  if (dated) Object.assign(item, dated);
  return item;
}
