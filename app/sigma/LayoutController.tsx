// Renders nothing: runs ForceAtlas2 in a web worker while `running` is true. The graph's x/y attributes
// move and sigma redraws; stopping keeps the positions reached.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { inferSettings } from "graphology-layout-forceatlas2";
import { useEffect, useRef } from "react";
import type { NewsGraph } from "../../graph/view/types.ts";

export function LayoutController(props: { graph: NewsGraph; running: boolean }) {
  const { graph, running } = props;
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
    } else {
      layout.current?.stop();
    }
  }, [graph, running]);

  return null;
}
