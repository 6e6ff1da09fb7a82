// sigma's settings for the explorer, shared by the early start (preload.ts) and <GraphCanvas>.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { EdgeProgramType } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NewsGraph } from "../../graph/types.ts";
import type { Theme } from "../appearance/theme.ts";
import type { DisplayState } from "./display.ts";
import { LABEL_FONT, nodeHoverDrawer, nodeLabelDrawer } from "./drawing.ts";
import { PLACED_LABELS_MAX_NODES, type LabelPlacement } from "./labels.ts";
import { isLargeGraph } from "./scale.ts";

/**
 * Beyond this many edges, edge hover/click is off: picking edges draws every edge a second time, each frame
 * (in software WebGL about +50 % on a first render), and single edges are no longer what one points at.
 */
export const EDGE_EVENTS_MAX_EDGES = 5_000;

export type NewsSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function themeSettings(theme: Theme, labels: LabelPlacement): Partial<NewsSettings> {
  return {
    labelColor: { color: theme.text },
    defaultDrawNodeLabel: nodeLabelDrawer(theme, labels),
    defaultDrawNodeHover: nodeHoverDrawer(theme),
  };
}

function hasCurvedEdges(graph: NewsGraph): boolean {
  return graph.someEdge((_edge, attributes) => (attributes as { type?: string }).type === "curvedArrow");
}

export function sigmaSettings(graph: NewsGraph, display: DisplayState, theme: Theme): Partial<NewsSettings> {
  type Programs = NewsSettings["edgeProgramClasses"];
  // The curved program (parallel edges, see load.ts) costs a shader and a draw pass: only when needed.
  const edgeProgramClasses: Programs = hasCurvedEdges(graph)
    ? {
        curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<
          NodeAttributes,
          EdgeAttributes,
          GraphAttributes
        >,
      }
    : {};
  // The large-graph mode (scale.ts): no edge labels (sigma looks for them around every labelled node, each
  // frame) and no edges while the camera moves (panning 200k edges in software WebGL stutters).
  const large = isLargeGraph(graph);
  return {
    ...themeSettings(theme, display.labels),
    renderEdgeLabels: !large,
    hideEdgesOnMove: large,
    enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
    defaultEdgeType: "arrow",
    edgeProgramClasses,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "600",
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelWeight: "600",
    edgeLabelColor: { attribute: "color" },
    // On graphs whose labels are placed (labels.ts) every label is a candidate; on big ones sigma's grid
    // keeps about one per cell.
    labelDensity: graph.order <= PLACED_LABELS_MAX_NODES ? Infinity : 0.9,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 7,
    stagePadding: 48,
    zIndex: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 4,
    nodeReducer: display.nodeReducer,
    edgeReducer: display.edgeReducer,
  };
}
