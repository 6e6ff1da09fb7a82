// The date of an evidence sentence: a temporal expression it states, resolved against the article's date,
// else the article's date, else none. Expressions are found by chrono-node (parser.ts); what chrono leaves
// to the reference date (the year of "in December", the day of "on Monday") is chosen the way news is
// written: the past, unless the clause speaks of the future ("will", "next", "takes effect").
import type { ParsedResult } from "chrono-node/en";
import { formatPeriod, isPeriod, precisionOf, type Precision } from "./period.ts";
import { newsDateParser } from "./parser.ts";

export type DateSource = "text" | "article";

export interface EvidenceDate {
  date: string;
  dateSource: DateSource;
}

/** A temporal expression found in a text and the period it names. */
export interface StatedDate {
  index: number;
  text: string;
  date: string;
}

const DAY_MS = 86_400_000;
/** Two references far apart: an expression that names the same period against both needs no reference. */
const SENTINELS = [Date.UTC(1901, 2, 15, 12), Date.UTC(2099, 8, 15, 12)];

const FUTURE =
  /\b(?:will|shall|next|upcoming|coming|set to|due to|plans? to|planned|takes? effect|from now)\b/i;
const LAST_BEFORE = /\blast\s+$/i;
const NEXT_BEFORE = /\bnext\s+$/i;
/** Where one clause ends and another begins, roughly: semicolons, dashes, and conjunctions after a comma. */
const CLAUSE_BREAK =
  /[;—–]|,\s+(?=(?:and|but|while|after|before|which|when|as|although|whereas|since)\b)|\s(?=(?:but|while|whereas)\s)/gi;

/**
 * The date and its source for an evidence sentence. `articleDate` is the article's own date as an ISO period
 * (see articleDateIso), or null. `hints` are names the relation involves (subject, object): when the sentence
 * states several dates, the one in the clause naming them is taken, else the first.
 */
export function evidenceDate(
  sentence: string,
  articleDate: string | null,
  hints: readonly string[] = [],
): EvidenceDate | null {
  const stated = pickStated(statedDates(sentence, articleDate), sentence, hints);
  if (stated) return { date: stated.date, dateSource: "text" };
  return articleDate ? { date: articleDate, dateSource: "article" } : null;
}

function pickStated(found: StatedDate[], sentence: string, hints: readonly string[]): StatedDate | null {
  if (found.length <= 1 || hints.length === 0) return found[0] ?? null;
  const lower = sentence.toLowerCase();
  const names = hints.map((h) => h.toLowerCase());
  // The clause naming most of the parties, the subject (the first hint) breaking ties: it is the actor.
  let best: StatedDate = found[0]!;
  let bestScore = 0;
  for (const [start, end] of clauseSpans(sentence)) {
    const clause = lower.slice(start, end);
    const score = names.reduce(
      (sum, name, i) => sum + (name && clause.includes(name) ? (i === 0 ? 1.5 : 1) : 0),
      0,
    );
    const inClause = found.find((f) => f.index >= start && f.index < end);
    if (inClause && score > bestScore) [best, bestScore] = [inClause, score];
  }
  return best;
}

function clauseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

/** The clause of `text` around `index`. */
function clauseAt(text: string, index: number): string {
  const span = clauseSpans(text).find(([start, end]) => index >= start && index < end);
  return span ? text.slice(span[0], span[1]) : text;
}

/**
 * Every temporal expression of `text` that names a period, in order. With a day-precise `articleDate`,
 * relative expressions are resolved against it; otherwise only those that state their year are kept.
 */
export function statedDates(text: string, articleDate: string | null): StatedDate[] {
  const parser = newsDateParser();
  if (articleDate !== null && isPeriod(articleDate) && precisionOf(articleDate) === "day") {
    const ref = Date.UTC(
      +articleDate.slice(0, 4),
      +articleDate.slice(5, 7) - 1,
      +articleDate.slice(8, 10),
      12,
    );
    const results = parser.parse(text, { instant: new Date(ref), timezone: 0 });
    return results.flatMap((result) => {
      const date = resolveAgainst(result, text, ref);
      return date ? [{ index: result.index, text: result.text, date }] : [];
    });
  }
  // No usable reference: keep what reads the same against two references a couple of centuries apart.
  const [a, b] = SENTINELS.map((ref) => parser.parse(text, { instant: new Date(ref!), timezone: 0 }));
  return a!.flatMap((result) => {
    if (!result.start.isCertain("year")) return [];
    const date = resolveAgainst(result, text, SENTINELS[0]!);
    const twin = b!.find((other) => other.index === result.index && other.text === result.text);
    if (!date || !twin || resolveAgainst(twin, text, SENTINELS[1]!) !== date) return [];
    return [{ index: result.index, text: result.text, date }];
  });
}

/** The period a chrono result names, with chrono's guesses for unstated parts replaced by news's (see top). */
function resolveAgainst(result: ParsedResult, text: string, ref: number): string | null {
  const start = result.start;
  const get = (c: "year" | "month" | "day" | "weekday") => start.get(c) ?? 0;
  const before = text.slice(0, result.index);
  const lead =
    LAST_BEFORE.test(before) || /^last\b/i.test(result.text)
      ? "last"
      : NEXT_BEFORE.test(before)
        ? "next"
        : null;
  const future = lead === "next" || (lead === null && FUTURE.test(clauseAt(text, result.index)));
  const refDate = new Date(ref);
  const precision: Precision | null = start.isCertain("day")
    ? "day"
    : start.isCertain("weekday")
      ? "day"
      : start.isCertain("month")
        ? "month"
        : start.isCertain("year")
          ? "year"
          : null;
  if (precision === null) return null;
  if (!start.isCertain("day") && start.isCertain("weekday")) {
    // "on Monday": the Monday of the article's week, looking back (or forward for the future).
    const today = refDate.getUTCDay();
    const weekday = get("weekday");
    let shift = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
    if (shift === 0 && lead !== null) shift = future ? 7 : -7;
    const day = new Date(ref + shift * DAY_MS);
    return formatPeriod(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), "day");
  }
  let year = get("year");
  if (!start.isCertain("year") && precision !== "year")
    year = chooseYear(get("month"), get("day"), refDate, lead, future, precision);
  return formatPeriod(year, get("month"), get("day"), precision);
}

/** The year of a month (and day) stated without one: the latest not after the article, or the first not before. */
function chooseYear(
  month: number,
  day: number,
  ref: Date,
  lead: "last" | "next" | null,
  future: boolean,
  precision: Precision,
): number {
  const refYear = ref.getUTCFullYear();
  const key = (m: number, d: number) => (precision === "month" ? m * 100 : m * 100 + d);
  const stated = key(month, day);
  const now = key(ref.getUTCMonth() + 1, ref.getUTCDate());
  if (future) return stated > now || (stated === now && lead !== "next") ? refYear : refYear + 1;
  if (lead === "last") return stated < now ? refYear : refYear - 1;
  return stated <= now ? refYear : refYear - 1;
}

/**
 * An article's date as an ISO period: the date part of an ISO timestamp as written, or what chrono reads in
 * another format ("Aug 21, 2025", "21 August 2025") when it states its year; null otherwise.
 */
export function articleDateIso(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(raw.trim());
  if (iso) {
    const period = iso[0];
    return isPeriod(period) ? period : null;
  }
  const found = statedDates(raw, null);
  return found[0]?.date ?? null;
}
