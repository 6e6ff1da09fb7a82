// Owns the sigma instance: the one the first paint started (preload.ts), adopted, or a new one for a graph
// opened later; themed, resized with its container, killed on unmount. Children are the controllers.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NewsGraph } from "../../graph/types.ts";
import type { Theme } from "../appearance/theme.ts";
import { SigmaContext, type NewsSigma } from "./context.ts";
import type { DisplayState } from "./display.ts";
import { adoptSigma } from "./preload.ts";
import { reindex } from "./reindex.ts";
import { sigmaSettings, themeSettings } from "./settings.ts";
import { exposeTestHook, mark } from "./testHook.ts";

export function GraphCanvas(props: {
  graph: NewsGraph;
  display: DisplayState;
  theme: Theme;
  children?: ReactNode;
}) {
  const { graph, display, theme, children } = props;
  const host = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<NewsSigma | null>(null);

  // A layout effect: the adopted canvas moves into place before the browser paints, so it never blinks.
  useLayoutEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let instance: NewsSigma;
    let container: HTMLElement;
    const adopted = adoptSigma(graph);
    if (adopted) {
      ({ sigma: instance, container } = adopted);
      parent.appendChild(container);
    } else {
      container = document.createElement("div");
      container.className = "graph-canvas";
      parent.appendChild(container);
      mark("sigma");
      instance = new Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>(
        graph,
        container as HTMLDivElement,
        sigmaSettings(graph, display, theme),
      );
      display.labels.attach(instance);
      exposeTestHook({
        sigma: instance,
        graph,
        renderedAt: performance.now(),
        drawnLabels: () => [...display.labels.drawn],
      });
      requestAnimationFrame(() => exposeTestHook({ framedAt: performance.now() }));
    }
    // sigma only listens to window resizes; panels opening and closing resize the stage too.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next === size) return;
      size = next;
      // The reducers do not depend on the size: only sigma's indexation (its label grid) does.
      reindex(instance, { schedule: true });
    });
    observer.observe(container);
    setSigma(instance);
    return () => {
      observer.disconnect();
      retire(instance);
      container.remove();
      setSigma(null);
    };
    // The display state is read through the reducers and the theme applied below: only a new graph needs a new sigma.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph]);

  useEffect(() => {
    if (sigma && display.setTheme(theme)) sigma.setSettings(themeSettings(theme, display.labels));
  }, [sigma, display, theme]);

  return (
    <div className="graph-area" ref={host}>
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}

/**
 * Kills sigma for good. The controllers' effect cleanups run after this one (passive effects after layout
 * effects) and may still restore a setting, which schedules a render of a canvas already out of the page:
 * sigma then threw "Container has no width" (the second article added in a session).
 */
function retire(instance: NewsSigma): void {
  instance.kill();
  const idle = () => instance;
  Object.assign(instance, { refresh: idle, scheduleRefresh: idle, render: idle, scheduleRender: idle });
}
