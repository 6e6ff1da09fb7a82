// The workspace's curation: the graph as built or opened (the base, never changed by a correction), the
// list of operations a person made, and undo/redo over that list. What the explorer shows is the base with
// the operations applied (graph/curation), published to the graph store; every change saves the workspace
// (app/workspace). Plain module state, like the graph store, so import actions and key presses reach it.
import { useSyncExternalStore } from "react";
import {
  applyCuration,
  emptyCuration,
  type CurationFile,
  type CurationOperation,
  type OperationOutcome,
} from "../../graph/curation/index.ts";
import { slugify } from "../../graph/merge/slug.ts";
import { applicableView } from "../../graph/view/applicable.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import { graphFromJson } from "../load.ts";
import { setGraph, type RecentAdditions } from "../import/graphStore.ts";
import { notify } from "../notices/store.ts";
import { rewriteViewInUrl } from "../state/useViewState.ts";

export interface CurationState {
  operations: readonly CurationOperation[];
  /** What became of each operation on the current base (by index). */
  outcomes: readonly OperationOutcome[];
  undo: readonly (readonly CurationOperation[])[];
  redo: readonly (readonly CurationOperation[])[];
}

type Positions = ReadonlyMap<string, { x: number; y: number }>;

let base: NewsGraph | null = null;
let state: CurationState = { operations: [], outcomes: [], undo: [], redo: [] };
/** Where the person's layout put the nodes (Run layout), kept across corrections and reloads. */
let positions: Map<string, { x: number; y: number }> = new Map();
const listeners = new Set<() => void>();
const changeListeners = new Set<(what: WorkspaceChange) => void>();

/** What changed, for the autosave (app/workspace/autosave.ts). */
export type WorkspaceChange = "base" | "curation" | "positions";

export function onWorkspaceChange(listener: (what: WorkspaceChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

function changed(what: WorkspaceChange): void {
  for (const listener of changeListeners) listener(what);
}

export function curationFile(operations: readonly CurationOperation[] = state.operations): CurationFile {
  return { ...emptyCuration(), operations: [...operations] };
}

export function currentBase(): NewsGraph | null {
  return base;
}

export function currentPositions(): Positions {
  return positions;
}

export function currentCuration(): CurationState {
  return state;
}

export function useCuration(): CurationState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

/** Node keys a correction gives a new name (a merge, a rename), so a selection follows the node. */
function renamedNodes(op: CurationOperation): Map<string, string> {
  const map = new Map<string, string>();
  if (op.op === "merge") for (const node of op.nodes) map.set(node, op.into);
  if (op.op === "rename") map.set(op.node, slugify(op.label));
  return map;
}

/** A merge selects the merged node and ends the selection of several that made it. */
function viewAfter(op: CurationOperation): (view: ViewState) => ViewState {
  if (op.op !== "merge") return (view) => view;
  return (view) => ({ ...view, picked: [], selection: { type: "node", node: op.into }, reader: null });
}

/** The view after a correction: what it names follows renamed nodes, and what is gone is left out. */
function followView(view: ViewState, graph: NewsGraph, renamed: ReadonlyMap<string, string>): ViewState {
  const follow = (node: string) => renamed.get(node) ?? node;
  const selection =
    view.selection?.type === "node"
      ? { type: "node" as const, node: follow(view.selection.node) }
      : view.selection;
  const moved: ViewState = {
    ...view,
    selection,
    focus: [...new Set(view.focus.map(follow))],
    ...(view.picked ? { picked: [...new Set(view.picked.map(follow))] } : {}),
  };
  return applicableView(moved, graph).view;
}

/** The base with the operations applied, ready to draw, in the places the person's layout gave the nodes. */
function curatedGraph(operations: readonly CurationOperation[]): {
  graph: NewsGraph;
  outcomes: OperationOutcome[];
} {
  // Without corrections the base is drawn itself: it is ready to draw already (every base comes through
  // load.ts), and copying it twice over cost more than the first render on big graphs (0.7 s at 10k nodes).
  // Only positions change in it (a layout's, kept in `positions` anyway); a graph carrying a curation of its
  // own is copied, since applying none takes that curation off.
  if (operations.length === 0 && !base!.hasAttribute("curation")) {
    for (const [node, at] of positions) if (base!.hasNode(node)) base!.mergeNodeAttributes(node, at);
    return { graph: base!, outcomes: [] };
  }
  const copy = base!.copy() as NewsGraph;
  const outcomes = applyCuration(copy, curationFile(operations));
  for (const [node, at] of positions) if (copy.hasNode(node)) copy.mergeNodeAttributes(node, at);
  return { graph: graphFromJson(copy.export()), outcomes };
}

function publish(
  operations: readonly CurationOperation[],
  history: Pick<CurationState, "undo" | "redo">,
  details: Parameters<typeof setGraph>[1] = {},
  renamed: ReadonlyMap<string, string> = new Map(),
  curated = curatedGraph(operations),
  after: ((view: ViewState) => ViewState) | null = (view) => view,
): OperationOutcome[] {
  const { graph, outcomes } = curated;
  state = { operations, outcomes, ...history };
  // A correction moves what the view names along; a new base is checked against the URL by the App itself,
  // which says what of a link did not apply.
  if (after) rewriteViewInUrl((view) => followView(after(view), graph, renamed));
  setGraph(graph, details);
  for (const listener of listeners) listener();
  return outcomes;
}

/**
 * A new base (the page's graph, a graph file opened, articles added): the corrections are applied to it
 * again, and what no longer applies is said once.
 */
export function setBase(
  graph: NewsGraph,
  details: Parameters<typeof setGraph>[1] = {},
  options: { operations?: readonly CurationOperation[]; quiet?: boolean } = {},
): void {
  base = graph;
  const operations = options.operations ?? state.operations;
  const outcomes = publish(
    operations,
    { undo: state.undo, redo: state.redo },
    details,
    new Map(),
    curatedGraph(operations),
    null,
  );
  changed("base");
  if (options.operations) changed("curation");
  const skipped = outcomes.filter((o) => o.status === "skipped").length;
  if (skipped > 0 && !options.quiet) {
    notify({
      kind: "info",
      message: `${skipped} of your ${operations.length} corrections no longer apply to this graph (the History panel says why).`,
    });
  }
}

/** Applies one more correction; one that cannot apply is refused with its reason and not kept. */
export function perform(op: CurationOperation, added?: RecentAdditions): boolean {
  if (!base) return false;
  const operations = [...state.operations, op];
  const curated = curatedGraph(operations);
  const outcome = curated.outcomes[curated.outcomes.length - 1]!;
  if (outcome.status !== "applied") {
    notify({
      kind: "error",
      message:
        outcome.status === "skipped"
          ? `That correction could not be made: ${outcome.reason}.`
          : "That correction changes nothing: the graph is so already.",
    });
    return false;
  }
  publish(
    operations,
    { undo: [...state.undo, state.operations], redo: [] },
    added ? { added } : {},
    renamedNodes(op),
    curated,
    viewAfter(op),
  );
  changed("curation");
  return true;
}

/** Replaces every operation at once (a curation file opened, an operation reverted), as one undo step. */
export function replaceOperations(operations: readonly CurationOperation[]): void {
  if (!base) return;
  publish(operations, { undo: [...state.undo, state.operations], redo: [] });
  changed("curation");
}

export function revert(index: number): void {
  replaceOperations(state.operations.filter((_, i) => i !== index));
}

export function undo(): boolean {
  const previous = state.undo[state.undo.length - 1];
  if (!previous || !base) return false;
  publish(previous, { undo: state.undo.slice(0, -1), redo: [...state.redo, state.operations] });
  changed("curation");
  return true;
}

export function redo(): boolean {
  const next = state.redo[state.redo.length - 1];
  if (!next || !base) return false;
  publish(next, { undo: [...state.undo, state.operations], redo: state.redo.slice(0, -1) });
  changed("curation");
  return true;
}

/** The layout's positions (after Run layout), kept for the corrections that follow and for a reload. */
export function rememberPositions(graph: NewsGraph): void {
  positions = new Map(graph.mapNodes((node, a) => [node, { x: a.x, y: a.y }] as const));
  changed("positions");
}

/** Positions saved by an earlier visit, restored before the first paint. */
export function restorePositions(saved: Positions): void {
  positions = new Map(saved);
}
