// Growing a focused view step by step (as in Neo4j Bloom): each step adds one hop from what is shown, along
// one action or any. Also hiding single nodes and picking several to focus or export together.
import type { Producer } from "./state.ts";
import type { NewsGraph } from "../types.ts";
import { EXPAND_ANY, type ExpandStep, type ViewState, type Visibility } from "./types.ts";
import { viewFilters } from "./visibility.ts";

/** Adds one hop along `step` (an action, or EXPAND_ANY). Does nothing without a focus: all is shown already. */
export const expandOneHop =
  (step: ExpandStep): Producer =>
  (s) =>
    s.focus.length === 0 ? s : { ...s, expand: [...(s.expand ?? []), step] };

/** Takes back the last step. */
export const undoExpand: Producer = (s) => ({ ...s, expand: (s.expand ?? []).slice(0, -1) });

export const clearExpand: Producer = (s) => ({ ...s, expand: [] });

/** One choice of the Expand menu: how many nodes one more hop along `step` would add. */
export interface ExpandOption {
  step: ExpandStep;
  added: number;
}

/**
 * What one more hop would add, per action (most added first, then by name), with EXPAND_ANY first: nodes
 * outside the view one passing edge away from a visible node. Empty without a focus.
 */
export function expandOptions(graph: NewsGraph, state: ViewState, visibility: Visibility): ExpandOption[] {
  if (state.focus.length === 0) return [];
  const { nodePasses, edgePasses } = viewFilters(graph, state);
  const byAction = new Map<string, Set<string>>();
  const any = new Set<string>();
  for (const node of visibility.nodes) {
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (visibility.nodes.has(other) || !edgePasses(edge) || !nodePasses(other)) return;
      any.add(other);
      let reached = byAction.get(attributes.action);
      if (!reached) byAction.set(attributes.action, (reached = new Set()));
      reached.add(other);
    });
  }
  if (any.size === 0) return [];
  const perAction = [...byAction]
    .map(([step, reached]) => ({ step, added: reached.size }))
    .sort((a, b) => b.added - a.added || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0));
  return [{ step: EXPAND_ANY, added: any.size }, ...perAction];
}

function sortedWith(list: readonly string[] | undefined, node: string): string[] {
  return [...new Set([...(list ?? []), node])].sort();
}

/** Hides one node (and its relations); it also leaves the focus, the picked nodes and the selection. */
export const hideNode =
  (node: string): Producer =>
  (s) => ({
    ...s,
    hiddenNodes: sortedWith(s.hiddenNodes, node),
    focus: s.focus.filter((n) => n !== node),
    picked: (s.picked ?? []).filter((n) => n !== node),
    selection: s.selection?.type === "node" && s.selection.node === node ? null : s.selection,
    expand: s.focus.length === 1 && s.focus[0] === node ? [] : s.expand,
  });

export const unhideNode =
  (node: string): Producer =>
  (s) => ({ ...s, hiddenNodes: (s.hiddenNodes ?? []).filter((n) => n !== node) });

export const showAllNodes: Producer = (s) => ({ ...s, hiddenNodes: [] });

/** Shift-click: adds a node to the picked ones, or takes it out. */
export const togglePicked =
  (node: string): Producer =>
  (s) => {
    const picked = s.picked ?? [];
    return {
      ...s,
      picked: picked.includes(node) ? picked.filter((n) => n !== node) : sortedWith(picked, node),
    };
  };

export const clearPicked: Producer = (s) => ({ ...s, picked: [] });

/** Focuses on the picked nodes (their neighbourhood at the current depth, one at least), fresh from any expansion. */
export const focusPicked: Producer = (s) =>
  (s.picked ?? []).length === 0
    ? s
    : { ...s, focus: [...(s.picked ?? [])], depth: s.depth === 0 ? 1 : s.depth, expand: [], picked: [] };

/** The view of the picked nodes alone and the relations among them, which an export of the selection saves. */
export function pickedView(s: ViewState): ViewState {
  return {
    ...s,
    focus: [...(s.picked ?? [])],
    depth: 0,
    expand: [],
    picked: [],
    selection: null,
    reader: null,
  };
}

/** A lasso adds the nodes it encloses to the picked ones. */
export const pickNodes =
  (nodes: readonly string[]): Producer =>
  (s) =>
    nodes.length === 0 ? s : { ...s, picked: [...new Set([...(s.picked ?? []), ...nodes])].sort() };
