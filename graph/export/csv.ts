// CSV tables (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled;
// also `;` and tab, for spreadsheets that split on them):
// nodes.csv, edges.csv with one row per evidence item, articles.csv; zipped together with fflate.
import { strToU8, zipSync } from "fflate";
import type { Note, NewsGraph } from "../types.ts";
import { contractCopy } from "./contract.ts";

/**
 * A formula start (`= + - @`, tab, CR) at the start of the cell or after a delimiter some spreadsheet splits
 * on (`,` `;` tab): a spreadsheet that reads `Semi;=cmd|…` with `;` as its separator sees a cell `=cmd|…`.
 */
const FORMULA_START = /(^|[,;\t])(?=[=+\-@\t\r])/g;
/** Quoted: RFC 4180's comma, quote and line breaks, and the `;` and tab other locales' spreadsheets split on. */
const NEEDS_QUOTES = /[",;\t\r\n]/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  // Article text is untrusted: a cell that starts like a formula would run in a spreadsheet. An apostrophe
  // before it makes the spreadsheet show the text; numbers stay numbers.
  const text = typeof value === "string" ? value.replace(FORMULA_START, "$1'") : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",") + "\r\n").join("");
}

export const NODE_COLUMNS = [
  "id",
  "label",
  "kind",
  "category",
  "aliases",
  "mentions",
  "x",
  "y",
  "size",
  "color",
  "notes",
] as const;
export const EDGE_COLUMNS = [
  "edge",
  "source",
  "source_label",
  "action",
  "target",
  "target_label",
  "cameo",
  "weight",
  "article",
  "sentence",
  "start",
  "end",
  "modality",
  "rule",
  "date",
  "date_source",
  "first_seen",
  "last_seen",
  "confirmed",
  "edge_notes",
] as const;
export const ARTICLE_COLUMNS = ["id", "title", "date", "url", "publisher", "words", "date_source"] as const;

/** A curation's notes in one cell: "text (author, time)", joined with " | ". */
function noteCell(notes: readonly Note[] | undefined): string {
  return (notes ?? []).map((n) => `${n.text} (${n.author ? `${n.author}, ` : ""}${n.at})`).join(" | ");
}

/** Aliases are joined with " | " in one cell. */
export function toCsvFiles(graph: NewsGraph): Record<"nodes.csv" | "edges.csv" | "articles.csv", string> {
  const copy = contractCopy(graph);
  const nodes: unknown[][] = [];
  copy.forEachNode((node, a) =>
    nodes.push([
      node,
      a.label,
      a.kind,
      a.category,
      a.aliases.join(" | "),
      a.mentions,
      a.x,
      a.y,
      a.size,
      a.color,
      noteCell(a.notes),
    ]),
  );
  const edges: unknown[][] = [];
  copy.forEachEdge((edge, a, source, target, s, t) => {
    const head = [edge, source, s.label, a.action, target, t.label, a.cameo, a.weight];
    const span = [a.firstSeen ?? "", a.lastSeen ?? ""];
    const notes = noteCell(a.notes);
    if (a.evidence.length === 0) edges.push([...head, "", "", "", "", "", "", "", "", ...span, "", notes]);
    for (const e of a.evidence)
      edges.push([
        ...head,
        e.article,
        e.sentence,
        e.start,
        e.end,
        e.modality,
        e.rule ?? "",
        e.date ?? "",
        e.dateSource ?? "",
        ...span,
        e.confirmed ? "yes" : "",
        notes,
      ]);
  });
  const articles = copy
    .getAttribute("articles")
    .map((a) => [a.id, a.title, a.date, a.url, a.publisher, a.words, a.dateSource ?? ""]);
  return {
    "nodes.csv": csvTable(NODE_COLUMNS, nodes),
    "edges.csv": csvTable(EDGE_COLUMNS, edges),
    "articles.csv": csvTable(ARTICLE_COLUMNS, articles),
  };
}

/** A fixed date inside the zip, so the same graph gives the same bytes. */
const ZIP_DATE = new Date(Date.UTC(2020, 0, 1));

export function toCsvZip(graph: NewsGraph): Uint8Array {
  const files = toCsvFiles(graph);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: ZIP_DATE }];
  return zipSync(entries, { level: 6 });
}
