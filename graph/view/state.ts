// The view state and pure producers over it: `producer(args)(state) → new state`, never mutating.
import { periodStart } from "../time/period.ts";
import { ACTIONS, type Modality } from "../types.ts";
import type {
  CameraState,
  ColorBy,
  Depth,
  EdgeRef,
  PathQuery,
  ReaderState,
  Selection,
  SizeBy,
  ViewState,
} from "./types.ts";

export function defaultViewState(): ViewState {
  return {
    hiddenActions: [],
    hiddenKinds: [],
    hiddenCategories: [],
    hiddenModalities: [],
    articles: [],
    focus: [],
    depth: 1,
    selection: null,
    reader: null,
    camera: null,
    path: null,
    sizeBy: "degree",
    colorBy: "category",
  };
}

export type Producer = (state: ViewState) => ViewState;

/** Adds `value` to a sorted set-like list if absent, removes it if present. */
export function toggleIn<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

export const toggleAction =
  (action: string): Producer =>
  (s) => ({ ...s, hiddenActions: toggleIn(s.hiddenActions, action) });

/** Shows only `action`, or everything again when it already is the only one shown. */
export const soloAction =
  (action: string, allActions: readonly string[]): Producer =>
  (s) => {
    const others = allActions.filter((a) => a !== action).sort();
    const alreadySolo = !s.hiddenActions.includes(action) && others.every((a) => s.hiddenActions.includes(a));
    return { ...s, hiddenActions: alreadySolo ? [] : others };
  };

export const toggleKind =
  (kind: string): Producer =>
  (s) => ({ ...s, hiddenKinds: toggleIn(s.hiddenKinds, kind) });

export const toggleCategory =
  (category: string): Producer =>
  (s) => ({ ...s, hiddenCategories: toggleIn(s.hiddenCategories, category) });

export const toggleModality =
  (modality: Modality): Producer =>
  (s) => ({ ...s, hiddenModalities: toggleIn(s.hiddenModalities, modality) });

export const toggleArticle =
  (article: string): Producer =>
  (s) => ({ ...s, articles: toggleIn(s.articles, article) });

export const setArticles =
  (articles: readonly string[]): Producer =>
  (s) => ({ ...s, articles: [...new Set(articles)].sort() });

// A new focus starts without the hops added to the old one.
export const toggleFocus =
  (node: string): Producer =>
  (s) => ({ ...s, focus: toggleIn(s.focus, node), expand: [] });

export const setFocus =
  (nodes: readonly string[]): Producer =>
  (s) => ({ ...s, focus: [...new Set(nodes)].sort(), expand: [] });

export const setDepth =
  (depth: Depth): Producer =>
  (s) => ({ ...s, depth });

export const select =
  (selection: Selection | null): Producer =>
  (s) => ({ ...s, selection });

export const selectNode = (node: string): Producer => select({ type: "node", node });
export const selectEdge = (edge: EdgeRef): Producer => select({ type: "edge", ...edge });

/** Esc: closes the reader first, then clears the selection, then the picked nodes. */
export const clearSelection: Producer = (s) =>
  s.reader
    ? { ...s, reader: null }
    : s.selection || !s.picked?.length
      ? { ...s, selection: null, reader: null }
      : { ...s, picked: [] };

export const openReader =
  (reader: ReaderState | null): Producer =>
  (s) => ({ ...s, reader });

export const setCamera =
  (camera: CameraState | null): Producer =>
  (s) => ({ ...s, camera });

/** Shows how two nodes are connected, or nothing (null). */
export const setPath =
  (path: PathQuery | null): Producer =>
  (s) => ({ ...s, path });

export const setSizeBy =
  (sizeBy: SizeBy): Producer =>
  (s) => ({ ...s, sizeBy });

export const setColorBy =
  (colorBy: ColorBy): Producer =>
  (s) => ({ ...s, colorBy });

/** Shows the evidence dated in [from, to] (ISO periods; null: open); both null: all time. */
export const setTimeRange =
  (from: string | null, to: string | null): Producer =>
  (s) => {
    const [a, b] = from && to && periodStart(from) > periodStart(to) ? [to, from] : [from, to];
    const { from: _f, to: _t, ...rest } = s;
    return { ...rest, ...(a ? { from: a } : {}), ...(b ? { to: b } : {}) };
  };

/** Includes or leaves out evidence without a date. */
export const setHideUndated =
  (hide: boolean): Producer =>
  (s) => {
    const { hideUndated: _h, ...rest } = s;
    return hide ? { ...rest, hideUndated: true } : rest;
  };

/** Clears every filter, hidden node and the focus, keeping the selection, picked nodes, reader and camera. */
export const resetFilters: Producer = (s) => ({
  ...defaultViewState(),
  selection: s.selection,
  reader: s.reader,
  camera: s.camera,
  ...(s.picked?.length ? { picked: s.picked } : {}),
  path: s.path ?? null,
  sizeBy: s.sizeBy ?? "degree",
  colorBy: s.colorBy ?? "category",
});

/** True when no filter and no focus is active. */
export function hasNoFilters(s: ViewState): boolean {
  return (
    s.hiddenActions.length === 0 &&
    s.hiddenKinds.length === 0 &&
    s.hiddenCategories.length === 0 &&
    s.hiddenModalities.length === 0 &&
    s.articles.length === 0 &&
    s.focus.length === 0 &&
    (s.hiddenNodes ?? []).length === 0 &&
    !s.from &&
    !s.to &&
    s.hideUndated !== true
  );
}

/** The view state the CLI builds from `--focus a,b --depth 2 --actions blocks,restricts` style options. */
export function viewStateFromOptions(
  options: {
    focus?: readonly string[];
    depth?: Depth;
    actions?: readonly string[];
    allActions?: readonly string[];
    hideModalities?: readonly Modality[];
    articles?: readonly string[];
    from?: string | null;
    to?: string | null;
    hideUndated?: boolean;
  },
  base: ViewState = defaultViewState(),
): ViewState {
  let s = base;
  if (options.focus) s = setFocus(options.focus)(s);
  if (options.depth) s = setDepth(options.depth)(s);
  if (options.actions && options.actions.length > 0) {
    const keep = new Set(options.actions);
    s = { ...s, hiddenActions: (options.allActions ?? ACTIONS).filter((a) => !keep.has(a)).sort() };
  }
  if (options.hideModalities) s = { ...s, hiddenModalities: [...options.hideModalities].sort() };
  if (options.articles) s = setArticles(options.articles)(s);
  if (options.from || options.to) s = setTimeRange(options.from ?? null, options.to ?? null)(s);
  if (options.hideUndated) s = setHideUndated(true)(s);
  return s;
}
