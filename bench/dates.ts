// Date parsers on the news corpus (`npm run bench -- --only dates`): chrono-node as Newsgraph configures it
// (graph/time), chrono-node as it comes, and compromise-dates, each asked for the date a sentence states
// given its article's date. Correct: the same ISO period as the hand-checked tests/fixtures/news-dates.json
// (a sentence stating nothing falls back to the article's date for all three). Speed: every sentence of
// tests/fixtures/news, parsed once, after a warm-up. Numbers only; nothing is asserted.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { casual } from "chrono-node/en";
import nlp from "compromise";
import datePlugin from "compromise-dates";
import { formatPeriod, type Precision } from "../graph/time/period.ts";
import { evidenceDate, statedDates } from "../graph/time/resolve.ts";

const root = path.resolve(import.meta.dirname, "..");
nlp.plugin(datePlugin);

interface DateCase {
  articleDate: string | null;
  sentence: string;
  hints?: string[];
  expected: { date: string } | null;
}

type Resolver = (sentence: string, articleDate: string | null, hints: string[]) => string | null;

const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** chrono-node's casual parser as it comes: the first result, at the precision of its known components. */
const rawChrono: Resolver = (sentence, articleDate) => {
  const result = casual.parse(
    sentence,
    articleDate ? { instant: noon(articleDate), timezone: 0 } : new Date(),
  )[0];
  if (!result) return articleDate;
  const s = result.start;
  const precision: Precision | null =
    s.isCertain("day") || s.isCertain("weekday")
      ? "day"
      : s.isCertain("month")
        ? "month"
        : s.isCertain("year")
          ? "year"
          : null;
  if (!precision || (!articleDate && !s.isCertain("year"))) return articleDate;
  return formatPeriod(s.get("year")!, s.get("month")!, s.get("day")!, precision);
};

const UNIT: Record<string, Precision> = {
  day: "day",
  hour: "day",
  minute: "day",
  week: "day",
  month: "month",
  year: "year",
};

/** compromise-dates: the first date found, at the precision of its unit. */
const compromiseDates: Resolver = (sentence, articleDate) => {
  const doc = nlp(sentence) as unknown as {
    dates: (o: object) => { get: () => { start?: string; unit?: string }[] };
  };
  const found = doc.dates({ today: articleDate ?? undefined, timezone: "UTC" }).get()[0];
  const precision = found?.unit ? UNIT[found.unit] : undefined;
  if (!found?.start || !precision) return articleDate;
  // Without the article's date only what states a year could be right; compromise cannot tell, so it counts.
  const start = found.start;
  return formatPeriod(
    Number(start.slice(0, 4)),
    Number(start.slice(5, 7)),
    Number(start.slice(8, 10)),
    precision,
  );
};

const newsgraph: Resolver = (sentence, articleDate, hints) =>
  evidenceDate(sentence, articleDate, hints)?.date ?? null;

function sentencesOfCorpus(): string[] {
  const dir = path.join(root, "tests", "fixtures", "news");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join(dir, f), "utf8").split(/(?<=[.!?]["”]?)\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

export function runDatesBench(): void {
  const cases = JSON.parse(
    readFileSync(path.join(root, "tests", "fixtures", "news-dates.json"), "utf8"),
  ) as DateCase[];
  const sentences = sentencesOfCorpus();
  const parsers: [string, Resolver, (s: string) => unknown][] = [
    ["chrono-node, Newsgraph's rules", newsgraph, (s) => statedDates(s, "2024-08-09")],
    [
      "chrono-node, as it comes",
      rawChrono,
      (s) => casual.parse(s, { instant: noon("2024-08-09"), timezone: 0 }),
    ],
    [
      "compromise-dates",
      compromiseDates,
      (s) =>
        (nlp(s) as unknown as { dates: (o: object) => { get: () => unknown } })
          .dates({ today: "2024-08-09" })
          .get(),
    ],
  ];
  console.log(
    `Dates: ${cases.length} hand-checked sentences (tests/fixtures/news-dates.json), speed on ${sentences.length.toLocaleString("en")} sentences of tests/fixtures/news`,
  );
  console.log(" parser                            correct   sentences/s");
  for (const [name, resolve, parse] of parsers) {
    const correct = cases.filter(
      (c) => resolve(c.sentence, c.articleDate, c.hints ?? []) === (c.expected?.date ?? null),
    ).length;
    for (const s of sentences.slice(0, 200)) parse(s); // warm-up
    const started = performance.now();
    for (const s of sentences) parse(s);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      ` ${name.padEnd(32)} ${`${correct}/${cases.length}`.padStart(8)} ${Math.round(
        sentences.length / seconds,
      )
        .toLocaleString("en")
        .padStart(13)}`,
    );
  }
}
