// What of a view state applies to a graph: a link made for one graph (or mistyped) names nodes, articles,
// actions or categories another graph lacks. Those parts are dropped, and said, rather than kept silently
// ("This article is not in the graph", a focus that shows nothing).
import { findEdge } from "./relations.ts";
import { PARAMS } from "./url.ts";
import type { NewsGraph } from "../types.ts";
import { EXPAND_ANY, type ViewState } from "./types.ts";

export interface ApplicableView {
  view: ViewState;
  /** `param=value` for each part dropped, in URL order. */
  dropped: string[];
}

export function applicableView(state: ViewState, graph: NewsGraph): ApplicableView {
  const actions = new Set<string>();
  graph.forEachEdge((_edge, a) => actions.add(a.action));
  const kinds = new Set<string>();
  const categories = new Set<string>();
  graph.forEachNode((_node, a) => {
    kinds.add(a.kind);
    categories.add(a.category);
  });
  const articles = new Set((graph.getAttribute("articles") ?? []).map((a) => a.id));
  const dropped: string[] = [];
  const keep = (param: string, values: readonly string[], known: (value: string) => boolean) =>
    values.filter((value) => known(value) || (dropped.push(`${param}=${value}`), false));

  const view: ViewState = {
    ...state,
    hiddenActions: keep(PARAMS.hiddenActions, state.hiddenActions, (v) => actions.has(v)),
    hiddenKinds: keep(PARAMS.hiddenKinds, state.hiddenKinds, (v) => kinds.has(v)),
    hiddenCategories: keep(PARAMS.hiddenCategories, state.hiddenCategories, (v) => categories.has(v)),
    articles: keep(PARAMS.articles, state.articles, (v) => articles.has(v)),
    focus: keep(PARAMS.focus, state.focus, (v) => graph.hasNode(v)),
  };
  // Fields newer than the view format stay absent when the state lacks them.
  if (state.hiddenNodes)
    view.hiddenNodes = keep(PARAMS.hiddenNodes, state.hiddenNodes, (v) => graph.hasNode(v));
  if (state.picked) view.picked = keep(PARAMS.picked, state.picked, (v) => graph.hasNode(v));
  if (state.expand) {
    const known = keep(PARAMS.expand, state.expand, (v) => v === EXPAND_ANY || actions.has(v));
    view.expand = view.focus.length > 0 ? known : [];
  }
  const selection = state.selection;
  if (selection?.type === "node" && !graph.hasNode(selection.node)) {
    dropped.push(`${PARAMS.node}=${selection.node}`);
    view.selection = null;
  } else if (selection?.type === "edge" && !findEdge(graph, selection)) {
    dropped.push(`${PARAMS.edge}=${selection.source}~${selection.action}~${selection.target}`);
    view.selection = null;
  }
  if (state.path) {
    const missing = [state.path.from, state.path.to].filter((node) => !graph.hasNode(node));
    if (missing.length > 0) {
      dropped.push(`${PARAMS.pathFrom}=${state.path.from}`, `${PARAMS.pathTo}=${state.path.to}`);
      view.path = null;
    }
  }
  if (state.reader && !articles.has(state.reader.article)) {
    dropped.push(`${PARAMS.read}=${state.reader.article}`);
    view.reader = null;
  }
  return { view, dropped };
}

/** The view to keep when another graph is opened: what applies to it, with the camera reset to frame it. */
export function viewForOpenedGraph(state: ViewState, graph: NewsGraph): ViewState {
  return { ...applicableView(state, graph).view, camera: null };
}
