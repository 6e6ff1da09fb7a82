// Which nodes and edges a view state leaves visible. Pure graphology, no DOM: the explorer hides
// what is not in the result (sigma reducers), the CLI's `export --focus` keeps only what is in it.
import { overlaps } from "../time/period.ts";
import type { Evidence, NewsGraph } from "../types.ts";
import { EXPAND_ANY, type ExpandStep, type ViewState, type Visibility } from "./types.ts";

/** Is any filter on evidence items (article, modality, time) on? */
export function evidenceFilterOn(state: ViewState): boolean {
  return state.articles.length > 0 || state.hiddenModalities.length > 0 || timeFilterOn(state);
}

/** A range or the undated toggle. */
export function timeFilterOn(state: ViewState): boolean {
  return !!state.from || !!state.to || state.hideUndated === true;
}

/**
 * A predicate on one evidence item: from a chosen article, with a modality that is not hidden, and dated in
 * the time range (a period overlapping it) or undated while undated evidence is shown.
 */
export function evidenceItemFilter(state: ViewState): (item: Evidence) => boolean {
  const articles = state.articles.length > 0 ? new Set(state.articles) : null;
  const modalities = state.hiddenModalities.length > 0 ? new Set<string>(state.hiddenModalities) : null;
  const from = state.from || null;
  const to = state.to || null;
  const timed = timeFilterOn(state);
  return (item) =>
    (!articles || articles.has(item.article)) &&
    (!modalities || !modalities.has(item.modality)) &&
    (!timed || (item.date ? overlaps(item.date, from, to) : state.hideUndated !== true));
}

/**
 * A predicate telling whether an edge's evidence passes the article, modality and time filters: at least
 * one item passes. Always true when none of them is on.
 */
export function evidenceFilter(state: ViewState): (evidence: readonly Evidence[] | undefined) => boolean {
  if (!evidenceFilterOn(state)) return () => true;
  const passes = evidenceItemFilter(state);
  return (evidence) => !!evidence && evidence.some(passes);
}

/** Evidence items of an edge that pass the article, modality and time filters. */
export function visibleEvidence(evidence: readonly Evidence[] | undefined, state: ViewState): Evidence[] {
  if (!evidence) return [];
  return evidenceFilterOn(state) ? evidence.filter(evidenceItemFilter(state)) : [...evidence];
}

/**
 * Nodes within `depth` hops of `seeds`, following edges in either direction, through the nodes and edges
 * the predicates allow (all of them by default). The seeds themselves are included if they exist.
 */
export function neighbourhood(
  graph: NewsGraph,
  seeds: Iterable<string>,
  depth: number,
  allowEdge: (edge: string) => boolean = () => true,
  allowNode: (node: string) => boolean = () => true,
): Set<string> {
  const reached = new Set<string>();
  let frontier: string[] = [];
  for (const seed of seeds) {
    if (graph.hasNode(seed) && allowNode(seed) && !reached.has(seed)) {
      reached.add(seed);
      frontier.push(seed);
    }
  }
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (reached.has(other) || !allowEdge(edge) || !allowNode(other)) return;
        reached.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return reached;
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** What viewFilters and computeVisibility both read off a view state. */
function filterParts(state: ViewState) {
  const hiddenKinds = new Set(state.hiddenKinds);
  const hiddenCategories = new Set(state.hiddenCategories);
  const hiddenNodes = new Set(state.hiddenNodes ?? []);
  const hiddenActions = new Set(state.hiddenActions);
  const edgeFilterOn = hiddenActions.size > 0 || evidenceFilterOn(state);
  const nodeFilterOn = hiddenKinds.size > 0 || hiddenCategories.size > 0 || hiddenNodes.size > 0;
  const attributesPass = (node: string, attributes: { kind: string; category: string }): boolean =>
    !nodeFilterOn ||
    (!hiddenNodes.has(node) &&
      !hiddenKinds.has(attributes.kind) &&
      !hiddenCategories.has(attributes.category));
  return { hiddenActions, edgeFilterOn, nodeFilterOn, evidencePasses: evidenceFilter(state), attributesPass };
}

/**
 * The filters' verdict on single nodes and edges (kind, category, hidden node; action, evidence, both ends),
 * before any focus: what computeVisibility keeps without a focus, and what an expansion may reach.
 */
export function viewFilters(
  graph: NewsGraph,
  state: ViewState,
): {
  nodePasses: (node: string) => boolean;
  edgePasses: (edge: string) => boolean;
  edgeFilterOn: boolean;
} {
  const { hiddenActions, edgeFilterOn, nodeFilterOn, evidencePasses, attributesPass } = filterParts(state);
  const nodePasses = (node: string) => attributesPass(node, graph.getNodeAttributes(node));
  const edgePasses = (edge: string): boolean => {
    const attributes = graph.getEdgeAttributes(edge);
    if (hiddenActions.has(attributes.action)) return false;
    if (nodeFilterOn && (!nodePasses(graph.source(edge)) || !nodePasses(graph.target(edge)))) return false;
    return !edgeFilterOn || evidencePasses(attributes.evidence);
  };
  return { nodePasses, edgePasses, edgeFilterOn };
}

/**
 * Nodes one hop from `nodes` along edges of `step`'s action (any action for EXPAND_ANY) that the
 * predicates allow, added to a copy of `nodes`.
 */
export function growOneHop(
  graph: NewsGraph,
  nodes: ReadonlySet<string>,
  step: ExpandStep,
  allowEdge: (edge: string) => boolean,
  allowNode: (node: string) => boolean,
): Set<string> {
  const grown = new Set(nodes);
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (grown.has(other) || (step !== EXPAND_ANY && attributes.action !== step)) return;
      if (allowEdge(edge) && allowNode(other)) grown.add(other);
    });
  }
  return grown;
}

/**
 * Applies the filters of a view state to the graph:
 * - a node passes when it is not hidden itself and its kind and category are not hidden;
 * - an edge passes when its action is not hidden, it has evidence passing the article, modality and time
 *   filters (dated in the range, or undated unless undated evidence is hidden), and both ends pass;
 * - with a focus, only the focused nodes' neighbourhood (at `depth`, through passing edges) stays, grown by
 *   one hop per `expand` step (along that step's action), with the passing edges among it;
 * - when an edge-level filter (action, article, modality, time) is on, a node without a passing edge is hidden
 *   too (so "only blocks" shows who blocks whom); focused nodes always stay.
 * Selection, picked nodes, reader and camera do not affect visibility.
 */
export function computeVisibility(graph: NewsGraph, state: ViewState): Visibility {
  const {
    hiddenActions,
    edgeFilterOn,
    nodeFilterOn,
    evidencePasses,
    attributesPass: nodePasses,
  } = filterParts(state);
  const focus = state.focus.filter((node) => graph.hasNode(node));

  // One pass over the edges (with their ends' attributes at hand) decides which pass the filters; without
  // a focus it also collects the nodes they touch and counts actions.
  const passingEdges = new Set<string>();
  const touched = new Set<string>();
  const edgesByAction = new Map<string, number>();
  const collect = focus.length === 0;
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (hiddenActions.size > 0 && hiddenActions.has(attributes.action)) return;
    if (nodeFilterOn && (!nodePasses(source, sourceAttributes) || !nodePasses(target, targetAttributes)))
      return;
    if (edgeFilterOn && !evidencePasses(attributes.evidence)) return;
    passingEdges.add(edge);
    if (!collect) return;
    increment(edgesByAction, attributes.action);
    if (edgeFilterOn) {
      touched.add(source);
      touched.add(target);
    }
  });

  let nodes: Set<string>;
  let edges: Set<string>;
  if (focus.length > 0) {
    const allowEdge = (edge: string) => passingEdges.has(edge);
    const allowNode = (node: string) => nodePasses(node, graph.getNodeAttributes(node));
    nodes = neighbourhood(graph, focus, state.depth, allowEdge, allowNode);
    for (const step of state.expand ?? []) nodes = growOneHop(graph, nodes, step, allowEdge, allowNode);
    edges = new Set();
    graph.forEachEdge((edge, attributes, source, target) => {
      if (passingEdges.has(edge) && nodes.has(source) && nodes.has(target)) {
        edges.add(edge);
        increment(edgesByAction, attributes.action);
      }
    });
  } else if (edgeFilterOn) {
    // A node without a passing edge goes (so "only blocks" shows who blocks whom).
    edges = passingEdges;
    nodes = touched;
  } else {
    edges = passingEdges;
    nodes = new Set();
    graph.forEachNode((node, attributes) => {
      if (nodePasses(node, attributes)) nodes.add(node);
    });
  }

  const nodesByKind = new Map<string, number>();
  const nodesByCategory = new Map<string, number>();
  for (const node of nodes) {
    const attributes = graph.getNodeAttributes(node);
    increment(nodesByKind, attributes.kind);
    increment(nodesByCategory, attributes.category);
  }
  return { nodes, edges, edgesByAction, nodesByKind, nodesByCategory };
}

/** Total edges per action and nodes per kind/category in the whole graph (the legend's "of N"). */
export function graphFacets(graph: NewsGraph): {
  actions: Map<string, number>;
  kinds: Map<string, number>;
  categories: Map<string, number>;
  categoryKind: Map<string, string>;
  /** The colour of the first node of each category (the builder colours nodes by category). */
  categoryColors: Map<string, string>;
} {
  const actions = new Map<string, number>();
  const kinds = new Map<string, number>();
  const categories = new Map<string, number>();
  const categoryKind = new Map<string, string>();
  const categoryColors = new Map<string, string>();
  graph.forEachEdge((_edge, attributes) => increment(actions, attributes.action));
  graph.forEachNode((_node, attributes) => {
    increment(kinds, attributes.kind);
    increment(categories, attributes.category);
    if (!categoryKind.has(attributes.category)) {
      categoryKind.set(attributes.category, attributes.kind);
      categoryColors.set(attributes.category, attributes.color);
    }
  });
  return { actions, kinds, categories, categoryKind, categoryColors };
}
