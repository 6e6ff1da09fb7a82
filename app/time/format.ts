// Periods as the timeline shows them: "Aug 2024", "2024", "9 Aug 2024". English month names, fixed, so a
// screenshot or a test reads the same on every machine.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatPeriod(period: string): string {
  const year = period.slice(0, 4);
  if (period.length === 4) return year;
  const month = MONTHS[Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7);
  if (period.length === 7) return `${month} ${year}`;
  return `${Number(period.slice(8, 10))} ${month} ${year}`;
}

/** "Aug 2024 – Dec 2024", "from Aug 2024", "until 2019", "All time". */
export function formatRange(from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return from === to ? formatPeriod(from) : `${formatPeriod(from)} – ${formatPeriod(to)}`;
  if (from) return `from ${formatPeriod(from)}`;
  if (to) return `until ${formatPeriod(to)}`;
  return "All time";
}
