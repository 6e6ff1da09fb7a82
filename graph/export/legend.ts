// What a snapshot's legend lists: the categories of the nodes it shows and the actions of its edges, with
// the palette's colours; and a one-line description of the view for captions.
import { categoryColor, paletteActionColor } from "../palette.ts";
import type { Kind, NewsGraph } from "../types.ts";
import { actionLabel, compareActions } from "../view/relations.ts";
import type { ViewState } from "../view/types.ts";

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  count: number;
}

export interface Legend {
  categories: LegendEntry[];
  actions: LegendEntry[];
}

/** The legend's column beside the graph (SVG and PNG): its width, the gap to the graph, a row's height. */
export const LEGEND_WIDTH = 190;
export const LEGEND_GAP = 16;
export const LEGEND_ROW = 18;
/** The caption's strip under the graph. */
export const CAPTION_HEIGHT = 34;

/** Height of the whole legend: two headings and a row per entry, with padding. */
export function legendHeight(legend: Legend): number {
  const headings = (legend.categories.length > 0 ? 1 : 0) + (legend.actions.length > 0 ? 1 : 0);
  return (
    16 + headings * (LEGEND_ROW + 2) + (legend.categories.length + legend.actions.length) * LEGEND_ROW + 8
  );
}

export function actionColor(action: string): string {
  return paletteActionColor(action) ?? "#888888";
}

export function legendFor(graph: NewsGraph): Legend {
  const categories = new Map<string, LegendEntry & { kind: string }>();
  graph.forEachNode((_node, a) => {
    const entry = categories.get(a.category);
    if (entry) entry.count++;
    else
      categories.set(a.category, {
        key: a.category,
        label: a.category,
        kind: a.kind,
        color: typeof a.color === "string" && a.color ? a.color : categoryColor(a.kind as Kind, a.category),
        count: 1,
      });
  });
  const actions = new Map<string, LegendEntry>();
  graph.forEachEdge((_edge, a) => {
    const entry = actions.get(a.action);
    if (entry) entry.count++;
    else
      actions.set(a.action, {
        key: a.action,
        label: actionLabel(a.action),
        color: actionColor(a.action),
        count: 1,
      });
  });
  return {
    categories: [...categories.values()]
      .sort((a, b) =>
        a.kind === b.kind ? b.count - a.count || a.key.localeCompare(b.key) : a.kind === "actor" ? -1 : 1,
      )
      .map(({ key, label, color, count }) => ({ key, label, color, count })),
    actions: [...actions.values()].sort((a, b) => compareActions(a.key, b.key)),
  };
}

/** "Telegram (depth 1) · blocks, restricts · 12 nodes, 20 edges": what a caption says about the view. */
export function describeView(full: NewsGraph, shown: NewsGraph, state: ViewState | null): string {
  const parts: string[] = [];
  if (state) {
    const focus = state.focus
      .filter((n) => full.hasNode(n))
      .map((n) => full.getNodeAttribute(n, "label") ?? n);
    if (focus.length > 0) parts.push(`${focus.join(", ")} (depth ${state.depth})`);
    if (state.hiddenActions.length > 0) {
      const shownActions = new Set<string>();
      full.forEachEdge((_e, a) => {
        if (!state.hiddenActions.includes(a.action)) shownActions.add(a.action);
      });
      parts.push([...shownActions].sort(compareActions).map(actionLabel).join(", ") || "no actions");
    }
    if (state.hiddenKinds.length > 0) parts.push(`without ${state.hiddenKinds.join(", ")}s`);
    if (state.hiddenCategories.length > 0) parts.push(`without ${state.hiddenCategories.join(", ")}`);
    if (state.hiddenModalities.length > 0) parts.push(`without ${state.hiddenModalities.join(", ")} claims`);
    if (state.articles.length > 0)
      parts.push(`${state.articles.length} article${state.articles.length === 1 ? "" : "s"}`);
    const range = describeRange(state);
    if (range) parts.push(range);
  }
  parts.push(`${shown.order} nodes, ${shown.size} edges`);
  return parts.join(" · ");
}

/** "2024-01 – 2024-12", "from 2024-01", "until 2019", with "undated left out"; null without a time filter. */
export function describeRange(state: ViewState): string | null {
  const { from, to } = state;
  const range =
    from && to ? (from === to ? from : `${from} – ${to}`) : from ? `from ${from}` : to ? `until ${to}` : null;
  if (state.hideUndated) return range ? `${range}, undated left out` : "dated evidence only";
  return range;
}
