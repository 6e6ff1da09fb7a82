// Renders nothing: pushes the filters' visibility, the selection, the paths shown and the analysis' sizes
// and colours into the display state, re-applies the reducers, and turns sigma's pointer events (hover, click) into highlights and selections.
import { useCallback, useEffect, useRef } from "react";
import type { Visibility } from "../../graph/view/types.ts";
import { useSigma } from "./context.ts";
import { EDGE_LABELS_BELOW_RATIO, type DisplayChange, type DisplayState, type Highlight } from "./display.ts";
import { reindex } from "./reindex.ts";
import { exposeTestHook } from "./testHook.ts";

export interface DisplayControllerProps {
  display: DisplayState;
  visibility: Visibility;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Nodes and edges of the paths shown (null: none). */
  path: Highlight | null;
  sizes: ReadonlyMap<string, number> | null;
  colors: ReadonlyMap<string, string> | null;
  /** Nodes picked by shift-click (drawn highlighted). */
  picked?: readonly string[];
  /** `shift`: the click added to a multiple selection (shift, ctrl or cmd held). */
  onClickNode: (node: string, shift: boolean) => void;
  onClickEdge: (edge: string) => void;
  onClickStage: () => void;
}

const EVENTS = [
  "enterNode",
  "leaveNode",
  "enterEdge",
  "leaveEdge",
  "clickNode",
  "doubleClickNode",
  "clickEdge",
  "clickStage",
] as const;

export function DisplayController(props: DisplayControllerProps) {
  const sigma = useSigma();
  const { display, visibility, selectedNode, selectedEdge, path, sizes, colors, picked } = props;
  const handlers = useRef(props);
  useEffect(() => {
    handlers.current = props;
  });

  // After partial refreshes, one re-indexation once things settle: it re-sorts by zIndex and rebuilds the
  // label grid, so labels freed by hidden nodes can show (the reducers have run already).
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);

  // Redraws only what changed; the order by zIndex and the label grid wait for the next full pass.
  const refreshPart = useCallback(
    (change: DisplayChange) =>
      sigma.refresh({ partialGraph: { nodes: change.nodes, edges: change.edges }, skipIndexation: true }),
    [sigma],
  );

  useEffect(() => {
    const change = display.update(visibility, selectedNode, selectedEdge);
    exposeTestHook({ visible: { nodes: visibility.nodes.size, edges: visibility.edges.size } });
    if (!change) return;
    clearTimeout(settle.current);
    if (change.full) {
      sigma.refresh();
    } else {
      refreshPart(change);
      settle.current = setTimeout(() => reindex(sigma), 1500);
    }
  }, [sigma, display, visibility, selectedNode, selectedEdge, refreshPart]);

  useEffect(() => {
    const pathChanged = display.setPath(path);
    const appearanceChanged = display.setAppearance(sizes, colors);
    exposeTestHook({ path: path ? { nodes: [...path.nodes], edges: [...path.edges] } : null });
    if (pathChanged || appearanceChanged) sigma.refresh();
  }, [sigma, display, path, sizes, colors]);

  useEffect(() => {
    const changed = display.setPicked(picked ?? []);
    exposeTestHook({ picked: [...(picked ?? [])] });
    if (changed) sigma.refresh();
  }, [sigma, display, picked]);

  useEffect(() => {
    const container = sigma.getContainer();
    const hover = (node: string | null, edge: string | null) => {
      const change = display.setHover(node, edge);
      if (!change) return;
      container.style.cursor = node || edge ? "pointer" : "";
      if (change.full) sigma.refresh();
      else refreshPart(change);
    };
    sigma.on("enterNode", ({ node }) => hover(node, null));
    sigma.on("leaveNode", () => hover(null, null));
    sigma.on("enterEdge", ({ edge }) => hover(null, edge));
    sigma.on("leaveEdge", () => hover(null, null));
    sigma.on("clickNode", ({ node, event }) => {
      const original = event.original as MouseEvent;
      handlers.current.onClickNode(node, original.shiftKey || original.ctrlKey || original.metaKey);
    });
    // sigma makes a second click within its double-click delay a double click: shift-clicking two nodes
    // quickly must still pick the second (and not zoom).
    sigma.on("doubleClickNode", ({ node, event }) => {
      const original = event.original as MouseEvent;
      if (!(original.shiftKey || original.ctrlKey || original.metaKey)) return;
      event.preventSigmaDefault();
      handlers.current.onClickNode(node, true);
    });
    sigma.on("clickEdge", ({ edge }) => handlers.current.onClickEdge(edge));
    sigma.on("clickStage", () => handlers.current.onClickStage());
    const camera = sigma.getCamera();
    const onCamera = () => {
      if (display.setZoomedIn(camera.getState().ratio < EDGE_LABELS_BELOW_RATIO))
        sigma.refresh({ schedule: true });
    };
    camera.on("updated", onCamera);
    onCamera();
    return () => {
      for (const event of EVENTS) sigma.removeAllListeners(event);
      camera.removeListener("updated", onCamera);
    };
  }, [sigma, display, refreshPart]);

  return null;
}
