import type { Article } from "../types.ts";

/** What a format parser makes of one file: its articles, and at most one problem to report. */
export interface Parsed {
  articles: Article[];
  problem?: string;
}

export const failed = (problem: string): Parsed => ({ articles: [], problem });

/** The first line with any non-space character, trimmed; "" when there is none. */
export function firstNonEmptyLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed;
  }
  return "";
}

/** Front-matter and JSON metadata come in any type; keep strings, print numbers and dates, drop the rest. */
export function metadataString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return null;
}
