// Dates of evidence sentences: the hand-checked news fixture (tests/fixtures/news-dates.json: sentences of
// tests/fixtures/news, each with the article's date as a reader finds it and the date the sentence states),
// and the rules one by one: relative, absolute, ranges, no article date.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleDateIso, evidenceDate, overlaps, seenSpan, statedDates } from "../graph/time/index.ts";

interface DateCase {
  article: string;
  articleDate: string | null;
  sentence: string;
  hints?: string[];
  expected: { date: string; dateSource: "text" | "article" } | null;
}

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/news-dates.json", import.meta.url), "utf8"),
) as DateCase[];
const newsText = (file: string) => readFileSync(new URL(`./fixtures/news/${file}`, import.meta.url), "utf8");

describe("evidence dates on the news corpus (hand-checked)", () => {
  it("holds at least 30 sentences that state a time, each verbatim from its article", () => {
    expect(fixture.filter((c) => c.expected?.dateSource === "text").length).toBeGreaterThanOrEqual(30);
    for (const c of fixture) expect(newsText(c.article)).toContain(c.sentence);
  });
  it.each(fixture.map((c, i) => [i, c] as const))("#%i resolves as a reader does", (_i, c) => {
    expect(evidenceDate(c.sentence, c.articleDate, c.hints ?? [])).toEqual(c.expected);
  });
});

const dated = (sentence: string, articleDate: string | null = "2024-08-09") =>
  evidenceDate(sentence, articleDate)?.date ?? null;

describe("relative expressions, against the article's date (Friday 9 August 2024)", () => {
  it("weekdays look back to the article's week, forward when the clause speaks of the future", () => {
    expect(dated("The regulator said on Monday that it had blocked the app.")).toBe("2024-08-05");
    expect(dated("The ban was announced on Friday.")).toBe("2024-08-09");
    expect(dated("The regulator will decide on Monday whether to block it.")).toBe("2024-08-12");
  });
  it("months without a year are the latest not after the article; 'last August' is a year back", () => {
    expect(dated("Users have reported a decline since January.")).toBe("2024-01");
    expect(dated("The watchdog restricted calls in December.")).toBe("2023-12");
    expect(dated("Last August, the watchdog restricted calls.")).toBe("2023-08");
    expect(dated("The law will take effect in December.")).toBe("2024-12");
  });
  it("yesterday, last year, this month", () => {
    expect(dated("The service was blocked yesterday.")).toBe("2024-08-08");
    expect(dated("Restrictions began last year.")).toBe("2023");
    expect(dated("Calls were restricted earlier this month.")).toBe("2024-08");
  });
  it("a time of day alone is no date, and the article's date stands", () => {
    expect(evidenceDate("Access was cut at 3pm.", "2024-08-09")).toEqual({
      date: "2024-08-09",
      dateSource: "article",
    });
  });
  it("month words in lower case are verbs, not months", () => {
    expect(statedDates("The regulator may block it as protesters march on.", "2024-08-09")).toEqual([]);
  });
});

describe("absolute expressions", () => {
  it("keep the precision the text gives", () => {
    expect(dated("Telegram was blocked in 2018.")).toBe("2018");
    expect(dated("The app was banned in February 2022.")).toBe("2022-02");
    expect(dated("Meta was fined on Aug. 21, 2025.")).toBe("2025-08-21");
    expect(dated("It was restricted in mid-2023.")).toBe("2023");
  });
  it("numbers that are not years are no dates", () => {
    expect(
      statedDates(
        "The bill passed by 102 votes to 19; 2,019 roubles were paid by 3,000 users for five days.",
        null,
      ),
    ).toEqual([]);
  });
});

describe("ranges", () => {
  it("a range is dated by its start", () => {
    expect(dated("WhatsApp was unreachable from July 17 until July 31.")).toBe("2024-07-17");
    expect(dated("Telegram was blocked from 2018 to 2020.")).toBe("2018");
  });
  it("with several dates, the clause that names the relation's parties decides", () => {
    const sentence = "Telegram was blocked in 2018, while WhatsApp was restricted in 2020.";
    expect(evidenceDate(sentence, null, ["WhatsApp"])?.date).toBe("2020");
    expect(evidenceDate(sentence, null, ["Telegram"])?.date).toBe("2018");
    expect(evidenceDate(sentence, null)?.date).toBe("2018");
  });
});

describe("without the article's date", () => {
  it("keeps what states its year and drops what needs the article's date", () => {
    expect(evidenceDate("Telegram was blocked in 2018.", null)).toEqual({ date: "2018", dateSource: "text" });
    expect(evidenceDate("The app was blocked on Monday.", null)).toBeNull();
    expect(evidenceDate("The app was blocked in August.", null)).toBeNull();
    expect(evidenceDate("The app was blocked last year.", null)).toBeNull();
    expect(evidenceDate("The app was blocked.", null)).toBeNull();
  });
  it("a year-only article date resolves nothing relative, but stands in for the sentence", () => {
    expect(evidenceDate("The app was blocked on Monday.", "2024")).toEqual({
      date: "2024",
      dateSource: "article",
    });
  });
});

describe("article dates and spans", () => {
  it("reads ISO timestamps, written-out dates, and nothing else", () => {
    expect(articleDateIso("2025-08-21T09:30:00+03:00")).toBe("2025-08-21");
    expect(articleDateIso("2024-11")).toBe("2024-11");
    expect(articleDateIso("Aug 21, 2025")).toBe("2025-08-21");
    expect(articleDateIso("21 August 2025")).toBe("2025-08-21");
    expect(articleDateIso("Nov. 29")).toBeNull();
    expect(articleDateIso("soon")).toBeNull();
    expect(articleDateIso("2024-13-40")).toBeNull();
  });
  it("an edge's span runs from the earliest start to the latest end", () => {
    expect(seenSpan(["2024-08", undefined, "2024", "2023-12-31"])).toEqual({
      firstSeen: "2023-12-31",
      lastSeen: "2024",
    });
    expect(seenSpan([undefined, null])).toBeNull();
  });
  it("a period overlaps a range when any of its days is in it", () => {
    expect(overlaps("2024", "2024-03", "2024-05")).toBe(true);
    expect(overlaps("2024-02-29", "2024-03", "2024-05")).toBe(false);
    expect(overlaps("2024-05-31", "2024-03", "2024-05")).toBe(true);
    expect(overlaps("2024-06", null, "2024-05")).toBe(false);
    expect(overlaps("2019", "2020", null)).toBe(false);
  });
});
