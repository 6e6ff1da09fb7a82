// The table view's rows: one per relation (subject, action, object, sources, first and last date, modality
// mix) or per node, sorted and filtered as the table shows them, and those rows as CSV.
import { csvTable } from "../export/csv.ts";
import type { ArticleMeta, Modality } from "../types.ts";
import { actionLabel } from "../view/relations.ts";
import { normalizeName } from "../view/search.ts";
import { metricValues } from "./centrality.ts";
import { SourceTally } from "./sources.ts";
import type { AnalysisScope } from "./types.ts";

export interface EdgeRow {
  edge: string;
  subject: string;
  action: string;
  object: string;
  articles: number;
  publishers: number;
  sentences: number;
  /** Earliest and latest date of the articles behind it (ISO dates), null when none is known. */
  first: string | null;
  last: string | null;
  asserted: number;
  alleged: number;
  hypothetical: number;
}

export interface NodeRow {
  node: string;
  label: string;
  kind: string;
  category: string;
  degree: number;
  articles: number;
  publishers: number;
  sentences: number;
  mentions: number;
}

export type SortDirection = "asc" | "desc";
export interface TableSort<Row> {
  column: keyof Row & string;
  direction: SortDirection;
}

function articleDates(graph: AnalysisScope["graph"]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const article of (graph.getAttribute("articles") ?? []) as ArticleMeta[]) {
    if (article.date) dates.set(article.id, article.date);
  }
  return dates;
}

export function edgeRows(scope: AnalysisScope): EdgeRow[] {
  const { graph } = scope;
  const dates = articleDates(graph);
  const label = (node: string) => graph.getNodeAttribute(node, "label") ?? node;
  const rows: EdgeRow[] = [];
  for (const edge of scope.edges) {
    if (!graph.hasEdge(edge)) continue;
    const evidence = scope.evidenceOf(edge);
    const modalities: Record<Modality, number> = { asserted: 0, alleged: 0, hypothetical: 0 };
    let first: string | null = null;
    let last: string | null = null;
    for (const item of evidence) {
      if (Object.hasOwn(modalities, item.modality)) modalities[item.modality]++;
      // An evidence item's own date (a later builder's) wins over its article's.
      const date = (item as { date?: string | null }).date ?? dates.get(item.article) ?? null;
      if (!date) continue;
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
    const sources = new SourceTally(scope.publisherOf).add(evidence).count();
    rows.push({
      edge,
      subject: label(graph.source(edge)),
      action: graph.getEdgeAttribute(edge, "action"),
      object: label(graph.target(edge)),
      ...sources,
      first,
      last,
      ...modalities,
    });
  }
  return rows;
}

export function nodeRows(scope: AnalysisScope): NodeRow[] {
  const { graph } = scope;
  const degree = metricValues(scope, "degree");
  const tallies = new Map<string, SourceTally>();
  for (const edge of scope.edges) {
    if (!graph.hasEdge(edge)) continue;
    for (const node of new Set(graph.extremities(edge))) {
      let tally = tallies.get(node);
      if (!tally) tallies.set(node, (tally = new SourceTally(scope.publisherOf)));
      tally.add(scope.evidenceOf(edge));
    }
  }
  const rows: NodeRow[] = [];
  for (const node of scope.nodes) {
    if (!graph.hasNode(node)) continue;
    const attributes = graph.getNodeAttributes(node);
    rows.push({
      node,
      label: attributes.label ?? node,
      kind: attributes.kind,
      category: attributes.category,
      degree: degree.get(node) ?? 0,
      ...(tallies.get(node)?.count() ?? { articles: 0, publishers: 0, sentences: 0 }),
      mentions: attributes.mentions ?? 0,
    });
  }
  return rows;
}

/** Rows whose text columns contain every word of `query` (case and accents ignored). */
export function filterRows<Row extends object>(
  rows: readonly Row[],
  query: string,
  columns: readonly (keyof Row)[],
): Row[] {
  const words = normalizeName(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const text = normalizeName(
      columns
        .map((column) => String(row[column] ?? ""))
        .join(" ")
        .replace(/_/g, " "),
    );
    return words.every((word) => text.includes(word));
  });
}

function compareValues(a: unknown, b: unknown): number {
  // Unknown values (no date) sort last in either direction, handled by the caller.
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

/** Rows sorted by a column; ties keep their order (stable), missing values last. */
export function sortRows<Row extends object>(rows: readonly Row[], sort: TableSort<Row>): Row[] {
  const sign = sort.direction === "asc" ? 1 : -1;
  const column = sort.column as keyof Row;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    const missingX = x === null || x === undefined;
    const missingY = y === null || y === undefined;
    if (missingX || missingY) return Number(missingX) - Number(missingY);
    return sign * compareValues(x, y);
  });
}

export const EDGE_TABLE_COLUMNS = [
  "subject",
  "action",
  "object",
  "articles",
  "publishers",
  "sentences",
  "first",
  "last",
  "asserted",
  "alleged",
  "hypothetical",
] as const satisfies readonly (keyof EdgeRow)[];

export const NODE_TABLE_COLUMNS = [
  "label",
  "kind",
  "category",
  "degree",
  "articles",
  "publishers",
  "sentences",
  "mentions",
] as const satisfies readonly (keyof NodeRow)[];

/** The rows as shown, as CSV (the export module's quoting and formula guard); actions in words. */
export function edgeRowsCsv(rows: readonly EdgeRow[]): string {
  return csvTable(
    EDGE_TABLE_COLUMNS,
    rows.map((row) =>
      EDGE_TABLE_COLUMNS.map((column) => (column === "action" ? actionLabel(row.action) : row[column])),
    ),
  );
}

export function nodeRowsCsv(rows: readonly NodeRow[]): string {
  return csvTable(
    NODE_TABLE_COLUMNS,
    rows.map((row) => NODE_TABLE_COLUMNS.map((column) => row[column])),
  );
}
