// Dates at the precision a text gives them: `2024`, `2024-08`, `2024-08-09` (ISO 8601 prefixes). A date is
// a period, from its first day to its last; comparing and filtering work on those ends, so a year-only
// date and a day in that year are neither earlier nor later than each other's bounds by accident.

export type Precision = "year" | "month" | "day";

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `2024`, `2024-08`, `2024-08-09`; false for anything else (times, other formats). */
export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

export function precisionOf(period: string): Precision {
  return period.length === 4 ? "year" : period.length === 7 ? "month" : "day";
}

/** A key that sorts with the period's first day (`2024` → `2024-00-00`). */
export function periodStart(period: string): string {
  return period.length === 4 ? `${period}-00-00` : period.length === 7 ? `${period}-00` : period;
}

/** A key that sorts with the period's last day (`2024` → `2024-99-99`), comparable with periodStart keys. */
export function periodEnd(period: string): string {
  return period.length === 4 ? `${period}-99-99` : period.length === 7 ? `${period}-99` : period;
}

/** Does `period` overlap [from, to] (either bound may be absent: open)? */
export function overlaps(period: string, from: string | null, to: string | null): boolean {
  if (from !== null && periodEnd(period) < periodStart(from)) return false;
  if (to !== null && periodStart(period) > periodEnd(to)) return false;
  return true;
}

/** `2024-08` from `2024-08-09` or `2024-08`; null for a year-only date. */
export function monthOf(period: string): string | null {
  return period.length >= 7 ? period.slice(0, 7) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The ISO period of a year, month (1-12) and day at `precision`. */
export function formatPeriod(year: number, month: number, day: number, precision: Precision): string {
  const y = pad(year, 4);
  if (precision === "year") return y;
  if (precision === "month") return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** The month after `month` (`2024-12` → `2025-01`). */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${pad(year + 1, 4)}-01` : `${month.slice(0, 4)}-${pad(m + 1)}`;
}

/** Every month from `first` to `last` (both `YYYY-MM`), in order. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** The first day of a period (`2024` → `2024-01-01`). */
export function firstDay(period: string): string {
  return period.length === 4 ? `${period}-01-01` : period.length === 7 ? `${period}-01` : period;
}

/** The last day of a period (`2024-02` → `2024-02-29`). */
export function lastDay(period: string): string {
  if (period.length === 10) return period;
  if (period.length === 4) return `${period}-12-31`;
  const days = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();
  return `${period}-${pad(days)}`;
}
