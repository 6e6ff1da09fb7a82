// The curation tests' corpus (tests/fixtures/curation: two articles, and a third added later) and a
// curation file with one operation of each kind, named by what the builder makes of those articles.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CurationFile, CurationOperation } from "../graph/curation/index.ts";

export const CURATION_FIXTURES = path.resolve(import.meta.dirname, "fixtures", "curation");
export const SOURCES = path.join(CURATION_FIXTURES, "sources");
export const ADDED = path.join(CURATION_FIXTURES, "added");

const at = (minute: number) => `2026-12-02T10:${String(minute).padStart(2, "0")}:00Z`;

/** Where a passage is in a fixture article: the offsets the builder and the reader use. */
export function passage(
  article: string,
  sentence: string,
): { article: string; start: number; end: number; sentence: string } {
  const text = readFileSync(path.join(SOURCES, article), "utf8");
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" is not in ${article}`);
  return { article, start, end: start + sentence.length, sentence };
}

const fined = passage("b.txt", "Roskomnadzor fined Telegram on Wednesday.");
const blocked = passage("a.txt", "Roskomnadzor blocked Telegram and Signal on Monday, the agency said.");

export const OPERATIONS: CurationOperation[] = [
  {
    op: "merge",
    into: "chirper",
    nodes: ["chirpr"],
    label: "Chirper",
    kind: "platform",
    category: "service",
    aliases: ["Chirpr", "Chirpr messenger"],
    at: at(1),
    author: "Ana",
  },
  { op: "split", node: "vkontakte", alias: "VK social network", label: "VK social network", at: at(2) },
  {
    op: "rename",
    node: "pavel-durov",
    label: "Pavel V. Durov",
    previous: "Pavel Durov",
    kind: "actor",
    category: "person",
    at: at(3),
  },
  {
    op: "classify",
    node: "telegram",
    category: "social network",
    label: "Telegram",
    kind: "platform",
    at: at(4),
  },
  { op: "reject-edge", edge: "vk|owns|vkontakte", at: at(5) },
  {
    op: "reject-evidence",
    edge: "roskomnadzor|blocks|signal",
    evidence: { article: blocked.article, start: blocked.start, end: blocked.end },
    at: at(6),
  },
  {
    op: "confirm-evidence",
    edge: "roskomnadzor|fines|telegram",
    evidence: { article: fined.article, start: fined.start, end: fined.end },
    at: at(7),
    author: "Ana",
  },
  {
    op: "add-edge",
    source: "roskomnadzor",
    action: "restricts",
    target: "telegram",
    evidence: blocked,
    at: at(8),
  },
  { op: "note", node: "roskomnadzor", text: "Russia's communications regulator.", at: at(9), author: "Ana" },
  { op: "note", edge: "roskomnadzor|fines|telegram", text: "Checked against the court record.", at: at(10) },
];

export function curationFile(operations: CurationOperation[] = OPERATIONS): CurationFile {
  return { newsgraph: "newsgraph-curation", version: 1, operations };
}
