// Snapshot file names say what they hold and when: `newsgraph-telegram-2026-11-23T1030.png`.
import { slugify } from "../merge/slug.ts";
import type { NewsGraph } from "../types.ts";
import type { ViewState } from "../view/types.ts";
import type { ExportScope } from "./view.ts";

export const EXPORT_FORMATS = ["png", "svg", "gexf", "graphml", "json", "csv", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  png: "png",
  svg: "svg",
  gexf: "gexf",
  graphml: "graphml",
  json: "json",
  csv: "csv.zip",
  html: "html",
};

const pad = (n: number) => String(n).padStart(2, "0");

/** Local time, minutes: 2026-11-23T1030. */
export function timestamp(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}${pad(date.getMinutes())}`
  );
}

/** The focused nodes' names, else "view" for a filtered view, else "graph". */
export function snapshotSubject(graph: NewsGraph, state: ViewState | null, scope: ExportScope): string {
  if (scope === "graph" || !state) return "graph";
  const focus = state.focus.filter((n) => graph.hasNode(n));
  if (focus.length > 0) {
    const names = focus.slice(0, 3).map((n) => slugify(graph.getNodeAttribute(n, "label") ?? n) || "node");
    return names.join("-") + (focus.length > 3 ? "-and-more" : "");
  }
  const filtered =
    state.hiddenActions.length + state.hiddenKinds.length + state.hiddenCategories.length > 0 ||
    state.hiddenModalities.length + state.articles.length > 0;
  return filtered ? "view" : "graph";
}

/**
 * `newsgraph-<subject>-<time>.<ext>`; a PNG at 2× is `…@2x.png` (the usual mark of a double-density image), so
 * the 1× and 2× downloads of one view do not overwrite each other.
 */
export function snapshotFileName(
  graph: NewsGraph,
  state: ViewState | null,
  scope: ExportScope,
  format: ExportFormat,
  date: Date,
  scale: 1 | 2 = 1,
): string {
  const density = format === "png" && scale === 2 ? "@2x" : "";
  return `newsgraph-${snapshotSubject(graph, state, scope)}-${timestamp(date)}${density}.${EXTENSIONS[format]}`;
}
