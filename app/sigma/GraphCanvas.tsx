// Owns the sigma instance: created once per graph (first paint uses the file's positions, sizes and
// colours, with the reducers already in place), themed, killed on unmount. Children are the controllers.
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { EdgeProgramType } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.ts";
import type { NewsGraph } from "../../graph/view/types.ts";
import type { Theme } from "../appearance/theme.ts";
import { SigmaContext, type NewsSigma } from "./context.ts";
import type { DisplayState } from "./display.ts";
import { LABEL_FONT, nodeHoverDrawer, nodeLabelDrawer } from "./drawing.ts";
import { exposeTestHook } from "./testHook.ts";

/** Beyond this many edges, edge hover/click is off: picking edges doubles the GPU work on big graphs. */
export const EDGE_EVENTS_MAX_EDGES = 20_000;

type NewsSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

function themeSettings(theme: Theme): Partial<NewsSettings> {
  return {
    labelColor: { color: theme.text },
    defaultDrawNodeLabel: nodeLabelDrawer(theme),
    defaultDrawNodeHover: nodeHoverDrawer(theme),
  };
}

export function GraphCanvas(props: {
  graph: NewsGraph;
  display: DisplayState;
  theme: Theme;
  children?: ReactNode;
}) {
  const { graph, display, theme, children } = props;
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<NewsSigma | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance: NewsSigma = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(graph, element, {
      ...themeSettings(theme),
      renderEdgeLabels: true,
      enableEdgeEvents: graph.size <= EDGE_EVENTS_MAX_EDGES,
      defaultEdgeType: "arrow",
      edgeProgramClasses: {
        curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<
          NodeAttributes,
          EdgeAttributes,
          GraphAttributes
        >,
      },
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: "600",
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      edgeLabelWeight: "600",
      edgeLabelColor: { attribute: "color" },
      labelDensity: 0.9,
      labelGridCellSize: 70,
      labelRenderedSizeThreshold: 7,
      stagePadding: 48,
      zIndex: true,
      minCameraRatio: 0.03,
      maxCameraRatio: 4,
      nodeReducer: display.nodeReducer,
      edgeReducer: display.edgeReducer,
    });
    exposeTestHook({ sigma: instance, graph, renderedAt: performance.now() });
    setSigma(instance);
    return () => {
      instance.kill();
      setSigma(null);
    };
    // The display state is read through the reducers and the theme applied below: only a new graph needs a new sigma.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  useEffect(() => {
    if (sigma && display.setTheme(theme)) sigma.setSettings(themeSettings(theme));
  }, [sigma, display, theme]);

  return (
    <div className="graph-area">
      <div ref={container} className="graph-canvas" />
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
