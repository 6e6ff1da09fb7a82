// An edge's first and last dates, from its evidence: the earliest start and the latest end of the periods.
import type { EdgeAttributes, Evidence } from "../types.ts";
import { periodEnd, periodStart } from "./period.ts";

export interface SeenSpan {
  firstSeen: string;
  lastSeen: string;
}

/** The span of the dated items among `dates`, or null when none is dated. */
export function seenSpan(dates: Iterable<string | undefined | null>): SeenSpan | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const date of dates) {
    if (!date) continue;
    if (first === null || periodStart(date) < periodStart(first)) first = date;
    if (last === null || periodEnd(date) > periodEnd(last)) last = date;
  }
  return first !== null && last !== null ? { firstSeen: first, lastSeen: last } : null;
}

/** firstSeen / lastSeen of an edge with `evidence`, as attributes to spread (nothing when none is dated). */
export function seenAttributes(
  evidence: readonly Evidence[],
): Pick<EdgeAttributes, "firstSeen" | "lastSeen"> {
  return seenSpan(evidence.map((e) => e.date)) ?? {};
}
