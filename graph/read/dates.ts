// An article's date (and publisher) where the formats keep it outside the text: JSON-LD (`datePublished`,
// `publisher.name`), and for any format a dateline or a date line among the first lines ("MOSCOW, Oct. 9,
// 2024 —", "Aug 21, 2025"). A date is only taken when it states its year: "CANBERRA, Nov. 29 —" is no date.
import { statedDates } from "../time/resolve.ts";
import type { Article } from "../types.ts";

/** Lines after the headline that may hold the date. */
const FIRST_LINES = 4;
/** A line this short may be a date on its own ("Dec. 20, 2024", "Published 21 August 2025"). */
const DATE_LINE_CHARS = 48;
/** A dateline: a place and a date before a dash that opens the first paragraph. */
const DATELINE = /^([^—–\n]{3,80}?)\s+(?:—|–|--)\s/;

/** The date stated by a dateline or a date line near the top of `text` (its first line, the headline, skipped). */
export function datelineDate(text: string): string | null {
  const lines = text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .slice(1, 1 + FIRST_LINES);
  for (const line of lines) {
    const segment = line.length <= DATE_LINE_CHARS ? line : DATELINE.exec(line)?.[1];
    if (!segment) continue;
    const found = statedDates(segment, null)[0];
    if (found) return found.date;
  }
  return null;
}

/** `article` with a dateline date when it has no date of its own. */
export function withDatelineDate(article: Article): Article {
  if (article.date !== null) return article;
  const date = datelineDate(article.text);
  return date ? { ...article, date, dateSource: "dateline" } : article;
}

interface LinkedData {
  date: string | null;
  publisher: string | null;
}

/** The first `datePublished` (or `dateCreated`) and publisher name in JSON-LD blocks; malformed blocks are skipped. */
export function linkedData(blocks: readonly string[]): LinkedData {
  const found: LinkedData = { date: null, publisher: null };
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    visit(data, found, 0);
  }
  return found;
}

const MAX_DEPTH = 6;

function visit(value: unknown, found: LinkedData, depth: number): void {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, found, depth + 1);
    return;
  }
  const item = value as Record<string, unknown>;
  const date = item.datePublished ?? item.dateCreated;
  if (found.date === null && typeof date === "string" && date.trim() !== "") found.date = date.trim();
  const publisher = item.publisher;
  if (found.publisher === null) {
    const name = typeof publisher === "string" ? publisher : (publisher as { name?: unknown } | null)?.name;
    if (typeof name === "string" && name.trim() !== "" && !/^https?:\/\//i.test(name))
      found.publisher = name.trim();
  }
  if (Array.isArray(item["@graph"])) visit(item["@graph"], found, depth + 1);
}
