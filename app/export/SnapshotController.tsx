// Renders nothing: registers sigma for image exports, and after articles were added highlights the new
// nodes and edges for a few seconds (wrapping the current reducers, then restoring them).
import { useEffect } from "react";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { useSigma } from "../sigma/context.ts";
import { currentGraphSlot } from "../import/graphStore.ts";
import { registerSigma } from "./sigmaRegistry.ts";
import { exposeTestHook } from "../sigma/testHook.ts";

export const HIGHLIGHT_MS = 4000;
const HIGHLIGHT_COLOR = "#ffb000";

export function SnapshotController() {
  const sigma = useSigma();

  useEffect(() => {
    registerSigma(sigma);
    return () => registerSigma(null);
  }, [sigma]);

  useEffect(() => {
    const added = currentGraphSlot()?.added;
    if (!added || (added.nodes.size === 0 && added.edges.size === 0)) return;
    const nodeReducer = sigma.getSetting("nodeReducer");
    const edgeReducer = sigma.getSetting("edgeReducer");
    sigma.setSetting("nodeReducer", (node, data) => {
      const display = (nodeReducer ? nodeReducer(node, data) : data) as Partial<NodeDisplayData>;
      if (!added.nodes.has(node) || display.hidden) return display;
      return { ...display, highlighted: true, forceLabel: true, zIndex: 4, size: (display.size ?? 5) * 1.6 };
    });
    sigma.setSetting("edgeReducer", (edge, data) => {
      const display = (edgeReducer ? edgeReducer(edge, data) : data) as Partial<EdgeDisplayData>;
      if (!added.edges.has(edge) || display.hidden) return display;
      return { ...display, color: HIGHLIGHT_COLOR, size: (display.size ?? 1) + 2, zIndex: 4 };
    });
    exposeTestHook({ highlighted: { nodes: [...added.nodes], edges: [...added.edges] } } as never);
    const timer = window.setTimeout(() => {
      sigma.setSetting("nodeReducer", nodeReducer);
      sigma.setSetting("edgeReducer", edgeReducer);
      exposeTestHook({ highlighted: null } as never);
    }, HIGHLIGHT_MS);
    return () => {
      window.clearTimeout(timer);
      sigma.setSetting("nodeReducer", nodeReducer);
      sigma.setSetting("edgeReducer", edgeReducer);
    };
  }, [sigma]);

  return null;
}
