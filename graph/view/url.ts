// The view state in a URL query string, so a reload or a shared link opens the same view.
// Lists are repeated parameters (`focus=telegram&focus=max`), defaults are omitted, and parameters that are
// not part of the view (`graph=…`) are kept as they are.
import type { Modality } from "../types.ts";
import { isPeriod } from "../time/period.ts";
import { defaultViewState, setTimeRange } from "./state.ts";
import {
  COLOR_BY,
  SIZE_BY,
  type CameraState,
  type ColorBy,
  type Depth,
  type EdgeRef,
  type ReaderState,
  type Selection,
  type SizeBy,
  type ViewState,
} from "./types.ts";

const MODALITIES: readonly Modality[] = ["asserted", "alleged", "hypothetical"];

/** Parameter names, exported so tests and the app agree on them. */
export const PARAMS = {
  hiddenActions: "hideAction",
  hiddenKinds: "hideKind",
  hiddenCategories: "hideCategory",
  hiddenModalities: "hideModality",
  articles: "article",
  focus: "focus",
  depth: "depth",
  node: "node",
  edge: "edge",
  read: "read",
  span: "span",
  camera: "cam",
  pathFrom: "pathFrom",
  pathTo: "pathTo",
  timeFrom: "from",
  timeTo: "to",
  undated: "undated",
  pathDirected: "directed",
  hiddenNodes: "hideNode",
  expand: "expand",
  picked: "pick",
  sizeBy: "size",
  colorBy: "color",
} as const;

const VIEW_PARAMS: ReadonlySet<string> = new Set(Object.values(PARAMS));

const EDGE_SEPARATOR = "~";

export function encodeEdgeRef(edge: EdgeRef): string {
  return [edge.source, edge.action, edge.target].join(EDGE_SEPARATOR);
}

export function decodeEdgeRef(text: string): EdgeRef | null {
  const first = text.indexOf(EDGE_SEPARATOR);
  const last = text.lastIndexOf(EDGE_SEPARATOR);
  if (first <= 0 || last === first || last === text.length - 1) return null;
  const action = text.slice(first + 1, last);
  if (!action || action.includes(EDGE_SEPARATOR)) return null;
  return { source: text.slice(0, first), action, target: text.slice(last + 1) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function encodeCamera(camera: CameraState): string {
  return [round(camera.x, 4), round(camera.y, 4), Number(camera.ratio.toPrecision(4))].join(",");
}

function decodeCamera(text: string): CameraState | null {
  const parts = text.split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0) return null;
  return { x, y, ratio };
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ""))].sort();
}

/** The query parameters describing `state` (defaults omitted), added to `base`'s non-view parameters. */
export function encodeViewState(state: ViewState, base?: URLSearchParams | string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(base ?? "")) {
    if (!VIEW_PARAMS.has(key)) params.append(key, value);
  }
  const list = (name: string, values: readonly string[]) => {
    for (const value of uniqueSorted(values)) params.append(name, value);
  };
  list(PARAMS.hiddenActions, state.hiddenActions);
  list(PARAMS.hiddenKinds, state.hiddenKinds);
  list(PARAMS.hiddenCategories, state.hiddenCategories);
  list(PARAMS.hiddenModalities, state.hiddenModalities);
  list(PARAMS.articles, state.articles);
  list(PARAMS.focus, state.focus);
  if (state.depth !== 1) params.set(PARAMS.depth, String(state.depth));
  list(PARAMS.hiddenNodes, state.hiddenNodes ?? []);
  // Steps keep their order (and repeats: two hops along "owns" are two steps).
  if (state.focus.length > 0) for (const step of state.expand ?? []) params.append(PARAMS.expand, step);
  list(PARAMS.picked, state.picked ?? []);
  if (state.selection?.type === "node") params.set(PARAMS.node, state.selection.node);
  if (state.selection?.type === "edge") params.set(PARAMS.edge, encodeEdgeRef(state.selection));
  if (state.reader) {
    params.set(PARAMS.read, state.reader.article);
    if (state.reader.start !== null && state.reader.end !== null) {
      params.set(PARAMS.span, `${state.reader.start}-${state.reader.end}`);
    }
  }
  if (state.camera) params.set(PARAMS.camera, encodeCamera(state.camera));
  if (state.path) {
    params.set(PARAMS.pathFrom, state.path.from);
    params.set(PARAMS.pathTo, state.path.to);
    if (state.path.directed) params.set(PARAMS.pathDirected, "1");
  }
  if (state.from) params.set(PARAMS.timeFrom, state.from);
  if (state.to) params.set(PARAMS.timeTo, state.to);
  if (state.hideUndated) params.set(PARAMS.undated, "hide");
  if (state.sizeBy && state.sizeBy !== "degree") params.set(PARAMS.sizeBy, state.sizeBy);
  if (state.colorBy && state.colorBy !== "category") params.set(PARAMS.colorBy, state.colorBy);
  return params;
}

/** The view state a query string describes; anything malformed falls back to the default for that field. */
export function decodeViewState(query: URLSearchParams | string): ViewState {
  const params = new URLSearchParams(query);
  const state = defaultViewState();
  state.hiddenActions = uniqueSorted(params.getAll(PARAMS.hiddenActions));
  state.hiddenKinds = uniqueSorted(params.getAll(PARAMS.hiddenKinds));
  state.hiddenCategories = uniqueSorted(params.getAll(PARAMS.hiddenCategories));
  state.hiddenModalities = uniqueSorted(params.getAll(PARAMS.hiddenModalities)).filter((m): m is Modality =>
    MODALITIES.includes(m as Modality),
  );
  state.articles = uniqueSorted(params.getAll(PARAMS.articles));
  state.focus = uniqueSorted(params.getAll(PARAMS.focus));
  const depth = Number(params.get(PARAMS.depth));
  if (depth === 2 || (depth === 0 && params.get(PARAMS.depth) === "0")) state.depth = depth as Depth;
  // Absent unless used, as in views made before they existed.
  const hiddenNodes = uniqueSorted(params.getAll(PARAMS.hiddenNodes));
  if (hiddenNodes.length > 0) state.hiddenNodes = hiddenNodes;
  const expand = params.getAll(PARAMS.expand).filter((step) => step !== "");
  if (state.focus.length > 0 && expand.length > 0) state.expand = expand;
  const picked = uniqueSorted(params.getAll(PARAMS.picked));
  if (picked.length > 0) state.picked = picked;

  let selection: Selection | null = null;
  const node = params.get(PARAMS.node);
  const edge = params.get(PARAMS.edge);
  if (node) selection = { type: "node", node };
  else if (edge) {
    const ref = decodeEdgeRef(edge);
    if (ref) selection = { type: "edge", ...ref };
  }
  state.selection = selection;

  const article = params.get(PARAMS.read);
  if (article) {
    const reader: ReaderState = { article, start: null, end: null };
    const span = /^(\d+)-(\d+)$/.exec(params.get(PARAMS.span) ?? "");
    if (span && Number(span[1]) <= Number(span[2])) {
      reader.start = Number(span[1]);
      reader.end = Number(span[2]);
    }
    state.reader = reader;
  }
  const camera = params.get(PARAMS.camera);
  state.camera = camera ? decodeCamera(camera) : null;
  const [from, to] = pathEnds(params);
  state.path =
    from && to && from !== to ? { from, to, directed: params.get(PARAMS.pathDirected) === "1" } : null;
  const timeFrom = timeParam(params, PARAMS.timeFrom);
  const timeTo = timeParam(params, PARAMS.timeTo);
  if (timeFrom || timeTo) Object.assign(state, setTimeRange(timeFrom, timeTo)(state));
  if (params.get(PARAMS.undated) === "hide") state.hideUndated = true;
  const sizeBy = params.get(PARAMS.sizeBy);
  if (SIZE_BY.includes(sizeBy as SizeBy)) state.sizeBy = sizeBy as SizeBy;
  const colorBy = params.get(PARAMS.colorBy);
  if (COLOR_BY.includes(colorBy as ColorBy)) state.colorBy = colorBy as ColorBy;
  return state;
}

/** Same view once encoded (compares the canonical encodings). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return encodeViewState(a).toString() === encodeViewState(b).toString();
}

/** Same view apart from the camera: changes to it replace the history entry instead of adding one. */
export function sameViewIgnoringCamera(a: ViewState, b: ViewState): boolean {
  return sameView({ ...a, camera: null }, { ...b, camera: null });
}

/** The view parameters of `query` that decodeViewState ignores because their value is malformed, as `name=value`. */
export function malformedViewParams(query: URLSearchParams | string): string[] {
  const params = new URLSearchParams(query);
  const bad: string[] = [];
  const lists = [
    PARAMS.hiddenActions,
    PARAMS.hiddenKinds,
    PARAMS.hiddenCategories,
    PARAMS.articles,
    PARAMS.focus,
    PARAMS.hiddenNodes,
    PARAMS.picked,
  ] as const;
  for (const [name, value] of params) {
    const malformed =
      (value === "" && (lists as readonly string[]).includes(name)) ||
      (name === PARAMS.hiddenModalities && !MODALITIES.includes(value as Modality)) ||
      (name === PARAMS.depth && value !== "0" && value !== "1" && value !== "2") ||
      (name === PARAMS.expand && (value === "" || params.getAll(PARAMS.focus).every((f) => f === ""))) ||
      ((name === PARAMS.node || name === PARAMS.read) && value === "") ||
      (name === PARAMS.edge && decodeEdgeRef(value) === null) ||
      (name === PARAMS.span && (!params.get(PARAMS.read) || !validSpan(value))) ||
      (name === PARAMS.camera && decodeCamera(value) === null) ||
      ((name === PARAMS.pathFrom || name === PARAMS.pathTo) && !validPath(params)) ||
      ((name === PARAMS.timeFrom || name === PARAMS.timeTo) && !isPeriod(value) && !validPath(params)) ||
      (name === PARAMS.undated && value !== "hide") ||
      (name === PARAMS.pathDirected && (value !== "1" || !validPath(params))) ||
      (name === PARAMS.sizeBy && !SIZE_BY.includes(value as SizeBy)) ||
      (name === PARAMS.colorBy && !COLOR_BY.includes(value as ColorBy));
    if (malformed) bad.push(`${name}=${value}`);
  }
  return bad;
}

/** A time bound: `from`/`to` holding an ISO period (`2024`, `2024-01`, `2024-01-31`), else none. */
function timeParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value && isPeriod(value) ? value : null;
}

/**
 * The ends of the connection shown. Links made before the time range took `from`/`to` named them there;
 * such a `from`/`to` holds a node key, never a date, so both still open.
 */
function pathEnds(params: URLSearchParams): [string | null, string | null] {
  const from = params.get(PARAMS.pathFrom);
  const to = params.get(PARAMS.pathTo);
  if (from || to) return [from, to];
  const legacy = (name: string) => {
    const value = params.get(name);
    return value && !isPeriod(value) ? value : null;
  };
  return [legacy(PARAMS.timeFrom), legacy(PARAMS.timeTo)];
}

/** Both ends named, and not the same node. */
function validPath(params: URLSearchParams): boolean {
  const [from, to] = pathEnds(params);
  return !!from && !!to && from !== to;
}

function validSpan(text: string): boolean {
  const span = /^(\d+)-(\d+)$/.exec(text);
  return !!span && Number(span[1]) <= Number(span[2]);
}
