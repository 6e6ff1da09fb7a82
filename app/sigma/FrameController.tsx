// Renders nothing: keeps the whole graph's frame, labels included, up to date (app/sigma/frame.ts) when the
// canvas changes size and when nodes move (a layout run, added articles).
import { useEffect } from "react";
import { useSigma } from "./context.ts";
import { frameWithLabels } from "./frame.ts";
import type { LabelPlacement } from "./labels.ts";

export function FrameController(props: { labels: LabelPlacement }) {
  const sigma = useSigma();
  const { labels } = props;

  useEffect(() => {
    const graph = sigma.getGraph();
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        frameWithLabels(sigma, (label) => labels.measure(label));
      });
    };
    schedule();
    // At once on a resize: sigma emits it inside the render, before it processes the graph, so this very
    // frame (and a framing kept by CameraController after it) already uses the new box.
    const onResize = () => frameWithLabels(sigma, (label) => labels.measure(label));
    sigma.on("resize", onResize);
    const events = [
      "nodeAdded",
      "nodeDropped",
      "nodeAttributesUpdated",
      "eachNodeAttributesUpdated",
    ] as const;
    for (const event of events) graph.on(event, schedule);
    return () => {
      cancelAnimationFrame(frame);
      sigma.removeListener("resize", onResize);
      for (const event of events) graph.removeListener(event, schedule);
    };
  }, [sigma, labels]);

  return null;
}
