// The table's columns: header, width, how a cell reads, and whether it holds a number (right-aligned).
import type { EdgeRow, NodeRow } from "../../graph/analysis/table.ts";
import { actionLabel } from "../../graph/view/relations.ts";

export interface Column<Row> {
  key: keyof Row & string;
  header: string;
  /** CSS grid track. */
  width: string;
  numeric?: boolean;
  text?: (row: Row) => string;
  title?: string;
}

function modalityMix(row: EdgeRow): string {
  const parts = [
    row.asserted && `${row.asserted} asserted`,
    row.alleged && `${row.alleged} alleged`,
    row.hypothetical && `${row.hypothetical} hypothetical`,
  ].filter(Boolean);
  return parts.join(", ") || "–";
}

export const EDGE_COLUMNS: Column<EdgeRow>[] = [
  { key: "subject", header: "Subject", width: "minmax(120px, 1.3fr)" },
  { key: "action", header: "Action", width: "minmax(90px, 0.8fr)", text: (r) => actionLabel(r.action) },
  { key: "object", header: "Object", width: "minmax(120px, 1.3fr)" },
  { key: "articles", header: "Articles", width: "70px", numeric: true },
  { key: "publishers", header: "Publishers", width: "82px", numeric: true },
  { key: "sentences", header: "Sentences", width: "80px", numeric: true },
  { key: "first", header: "First", width: "92px", text: (r) => r.first ?? "–" },
  { key: "last", header: "Last", width: "92px", text: (r) => r.last ?? "–" },
  {
    key: "asserted",
    header: "Modality",
    width: "minmax(120px, 1fr)",
    text: modalityMix,
    title: "Sorted by the number of asserted sentences",
  },
];

export const NODE_COLUMNS: Column<NodeRow>[] = [
  { key: "label", header: "Name", width: "minmax(160px, 2fr)" },
  { key: "kind", header: "Kind", width: "minmax(70px, 0.6fr)" },
  { key: "category", header: "Category", width: "minmax(100px, 1fr)" },
  { key: "degree", header: "Degree", width: "70px", numeric: true },
  { key: "articles", header: "Articles", width: "70px", numeric: true },
  { key: "publishers", header: "Publishers", width: "82px", numeric: true },
  { key: "sentences", header: "Sentences", width: "80px", numeric: true },
  { key: "mentions", header: "Mentions", width: "80px", numeric: true },
];
