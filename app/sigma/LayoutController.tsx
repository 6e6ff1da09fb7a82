// Renders nothing: runs ForceAtlas2 in a web worker while `running` is true. The graph's x/y attributes
// move and sigma redraws; stopping keeps the positions reached, moved apart until labels stop overlapping.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { useEffect, useRef } from "react";
import { rememberPositions } from "../curation/store.ts";
import { LABELLED_GRAPH_MAX, separateLabels } from "../../graph/layout/labels.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { useSigma, type NewsSigma } from "./context.ts";
import type { LabelPlacement } from "./labels.ts";

export function LayoutController(props: { graph: NewsGraph; running: boolean; labels: LabelPlacement }) {
  const { graph, running, labels } = props;
  const sigma = useSigma();
  const layout = useRef<FA2Layout | null>(null);

  useEffect(() => {
    return () => {
      layout.current?.kill();
      layout.current = null;
    };
  }, [graph]);

  useEffect(() => {
    if (running) {
      if (!layout.current) {
        layout.current = new FA2Layout(graph, {
          settings: {
            ...inferSettings(graph),
            barnesHutOptimize: graph.order > 1000,
            adjustSizes: graph.order <= 1000,
          },
        });
      }
      layout.current.start();
    } else if (layout.current?.isRunning()) {
      layout.current.stop();
      makeRoomForLabels(graph, sigma, labels);
      // kept for the corrections that follow (each redraws the graph) and for the next visit
      rememberPositions(graph);
    }
  }, [graph, sigma, labels, running]);

  return null;
}

/** ForceAtlas2 knows node sizes, not labels: the same separation as the builder's, at the canvas's size. */
function makeRoomForLabels(graph: NewsGraph, sigma: NewsSigma, labels: LabelPlacement): void {
  if (graph.order > LABELLED_GRAPH_MAX) return;
  const { width, height } = sigma.getDimensions();
  const padding = sigma.getSetting("stagePadding") ?? 0;
  const nodes = graph.mapNodes((key, a) => ({ key, x: a.x, y: a.y, size: a.size, label: a.label ?? "" }));
  const moved = separateLabels(nodes, {
    stage: { width: Math.max(200, width - 2 * padding), height: Math.max(200, height - 2 * padding) },
    measure: (label) => labels.measure(label),
  });
  graph.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...moved.get(key) }));
}
