// The timeline strip's numbers: the evidence the other filters leave, counted per month (per year when the
// span is long) and per action, with the undated items counted apart. Pure, so the strip, its tests and
// Play all read the same bins.
import { monthOf, monthsBetween, overlaps } from "../time/period.ts";
import type { NewsGraph } from "../types.ts";
import type { ViewState } from "./types.ts";
import { computeVisibility, visibleEvidence } from "./visibility.ts";

export type TimelineUnit = "month" | "year";

export interface TimelineBin {
  /** `2024-08` (month bins) or `2024` (year bins). */
  period: string;
  /** Evidence items per action. */
  byAction: Map<string, number>;
  total: number;
}

export interface Timeline {
  unit: TimelineUnit;
  /** Every period from the first dated item to the last, empty ones included. */
  bins: TimelineBin[];
  /** Items without a date. */
  undated: number;
  /** With month bins: items dated to a year only, which no month bar holds. */
  yearOnly: number;
}

/** Month bars up to this many months; longer spans get a bar per year. */
export const MAX_MONTH_BINS = 72;

/** The state without its time filter: the strip shows all time, the brush picks from it. */
export function withoutTimeFilter(state: ViewState): ViewState {
  const { from: _from, to: _to, hideUndated: _hide, ...rest } = state;
  return rest;
}

export function computeTimeline(graph: NewsGraph, state: ViewState): Timeline {
  const untimed = withoutTimeFilter(state);
  const { edges } = computeVisibility(graph, untimed);
  const dated: { date: string; action: string }[] = [];
  let undated = 0;
  for (const edge of edges) {
    const action = graph.getEdgeAttribute(edge, "action");
    for (const item of visibleEvidence(graph.getEdgeAttribute(edge, "evidence"), untimed)) {
      if (item.date) dated.push({ date: item.date, action });
      else undated++;
    }
  }
  if (dated.length === 0) return { unit: "month", bins: [], undated, yearOnly: 0 };
  const years = dated.map((d) => Number(d.date.slice(0, 4)));
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const months = dated.map((d) => monthOf(d.date)).filter((m): m is string => m !== null);
  const firstMonth = months.reduce((a, b) => (b < a ? b : a), months[0] ?? "");
  const lastMonth = months.reduce((a, b) => (b > a ? b : a), months[0] ?? "");
  const spanMonths = months.length > 0 ? monthsBetween(firstMonth, lastMonth).length : 0;
  const unit: TimelineUnit = months.length > 0 && spanMonths <= MAX_MONTH_BINS ? "month" : "year";

  const periods =
    unit === "month"
      ? monthsBetween(firstMonth, lastMonth)
      : Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
  const bins = new Map<string, TimelineBin>(
    periods.map((period) => [period, { period, byAction: new Map(), total: 0 }]),
  );
  let yearOnly = 0;
  for (const { date, action } of dated) {
    const key = unit === "month" ? monthOf(date) : date.slice(0, 4);
    const bin = key === null ? undefined : bins.get(key);
    if (!bin) {
      yearOnly++;
      continue;
    }
    bin.byAction.set(action, (bin.byAction.get(action) ?? 0) + 1);
    bin.total++;
  }
  return { unit, bins: [...bins.values()], undated, yearOnly: unit === "month" ? yearOnly : 0 };
}

/** The range a brush over bins [first, last] selects, as view-state bounds. */
export function binRange(
  timeline: Timeline,
  first: number,
  last: number,
): { from: string; to: string } | null {
  const a = timeline.bins[Math.min(first, last)];
  const b = timeline.bins[Math.max(first, last)];
  return a && b ? { from: a.period, to: b.period } : null;
}

/** Does the bin's period overlap [from, to] (open ends count as inside), as the evidence filter reads it? */
export function binSelected(
  period: string,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  return overlaps(period, from || null, to || null);
}
