// Renders nothing: keeps sigma's camera and the URL's in step, and flies to a node when asked.
import { useEffect, useRef } from "react";
import type { CameraState } from "../../graph/view/types.ts";
import { useSigma, type NewsSigma } from "./context.ts";

const DEFAULT: CameraState = { x: 0.5, y: 0.5, ratio: 1 };

function close(a: CameraState, b: CameraState): boolean {
  return Math.abs(a.x - b.x) < 1e-3 && Math.abs(a.y - b.y) < 1e-3 && Math.abs(a.ratio / b.ratio - 1) < 1e-3;
}

export interface CameraRequest {
  node: string;
  /** Changes on every request, so asking twice for the same node flies twice. */
  id: number;
}

/** A request to frame a set of nodes (the focus's neighbourhood); an empty set frames the whole graph. */
export interface FitRequest {
  nodes: ReadonlySet<string>;
  id: number;
}

export function CameraController(props: {
  camera: CameraState | null;
  onCameraChange: (camera: CameraState | null) => void;
  flyTo: CameraRequest | null;
  fit: FitRequest | null;
}) {
  const sigma = useSigma();
  const { camera, flyTo, fit } = props;
  const onChange = useRef(props.onCameraChange);
  useEffect(() => {
    onChange.current = props.onCameraChange;
  });

  // URL → camera (first paint, back/forward, shared links).
  useEffect(() => {
    const target = camera ?? DEFAULT;
    const current = sigma.getCamera().getState();
    if (!close(current, target)) sigma.getCamera().setState({ ...target, angle: 0 });
  }, [sigma, camera]);

  // Camera → URL, once it settles.
  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (cam.isAnimated()) return;
        const { x, y, ratio } = cam.getState();
        const state = { x, y, ratio };
        onChange.current(close(state, DEFAULT) ? null : state);
      }, 300);
    };
    cam.on("updated", onUpdated);
    return () => {
      clearTimeout(timer);
      cam.removeListener("updated", onUpdated);
    };
  }, [sigma]);

  // Framing: a set of nodes, or a node in the middle of its neighbourhood. The frame is kept when the canvas
  // changes size (a panel or the narrow sheet opens, closes or collapses), until the camera moves otherwise.
  const fitted = useRef<{ nodes: string[]; center?: string; state: CameraState } | null>(null);

  useEffect(() => {
    if (!flyTo || !sigma.getGraph().hasNode(flyTo.node)) return;
    const node = flyTo.node;
    const nodes = [node, ...sigma.getGraph().neighbors(node)].filter(
      (n) => !sigma.getNodeDisplayData(n)?.hidden,
    );
    const target = framing(sigma, nodes, node);
    fitted.current = null;
    sigma.getCamera().animate({ ...target, angle: 0 }, { duration: 450 }, () => {
      fitted.current = { nodes, center: node, state: target };
    });
  }, [sigma, flyTo]);

  useEffect(() => {
    if (!fit) return;
    const graph = sigma.getGraph();
    const nodes = [...fit.nodes].filter((node) => graph.hasNode(node));
    const whole = nodes.length === 0 || nodes.length === graph.order;
    const target = whole ? DEFAULT : framing(sigma, nodes);
    fitted.current = null;
    sigma.getCamera().animate({ ...target, angle: 0 }, { duration: 450 }, () => {
      fitted.current = whole ? null : { nodes, state: target };
    });
  }, [sigma, fit]);

  useEffect(() => {
    let resized = false;
    const onResize = () => {
      resized = true;
    };
    // After the render that resized: the camera matrix then matches the new size.
    const onRender = () => {
      if (!resized) return;
      resized = false;
      const kept = fitted.current;
      const cam = sigma.getCamera();
      if (!kept || cam.isAnimated() || !close(cam.getState(), kept.state)) return;
      const graph = sigma.getGraph();
      const center = kept.center && graph.hasNode(kept.center) ? kept.center : undefined;
      const state = framing(
        sigma,
        kept.nodes.filter((node) => graph.hasNode(node)),
        center,
      );
      fitted.current = { ...kept, state };
      cam.setState({ ...state, angle: 0 });
    };
    sigma.on("resize", onResize);
    sigma.on("afterRender", onRender);
    return () => {
      sigma.removeListener("resize", onResize);
      sigma.removeListener("afterRender", onRender);
    };
  }, [sigma]);

  return null;
}

/**
 * The camera that frames `nodes` with their labels, centred on their extent or on `center`. Extents in
 * pixels at the current camera (labels sit to the right of nodes, at a fixed pixel size), then the ratio
 * that fits them with a margin; labels shrink relative to the graph as the ratio grows, so a few rounds
 * settle it.
 */
function framing(sigma: NewsSigma, nodes: readonly string[], center?: string): CameraState {
  if (nodes.length === 0) return DEFAULT;
  const fixed = center ? sigma.framedGraphToViewport(sigma.getNodeDisplayData(center)!) : null;
  const cam = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const current = cam.getState().ratio;
  const items = nodes.map((node) => {
    const data = sigma.getNodeDisplayData(node)!;
    const position = sigma.framedGraphToViewport(data);
    const label = data.label ?? "";
    return { x: position.x, y: position.y, size: data.size, labelWidth: label.length * 8 + 8 };
  });
  const centerPx = { x: 0, y: 0 };
  let scale = 1; // new ratio / current ratio
  for (let i = 0; i < 4; i++) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const item of items) {
      minX = Math.min(minX, item.x - item.size * scale);
      maxX = Math.max(maxX, item.x + (item.size + item.labelWidth) * scale);
      minY = Math.min(minY, item.y - item.size * scale);
      maxY = Math.max(maxY, item.y + item.size * scale);
    }
    const margin = 48 * scale;
    centerPx.x = fixed ? fixed.x : (minX + maxX) / 2;
    centerPx.y = fixed ? fixed.y : (minY + maxY) / 2;
    // Around a fixed centre, the extent is twice its farthest reach.
    const spanX = fixed ? 2 * Math.max(centerPx.x - minX, maxX - centerPx.x) : maxX - minX;
    const spanY = fixed ? 2 * Math.max(centerPx.y - minY, maxY - centerPx.y) : maxY - minY;
    scale = Math.max((spanX + 2 * margin) / width, (spanY + 2 * margin) / height);
  }
  const middle = sigma.viewportToFramedGraph(centerPx);
  const ratio = Math.min(1.1, Math.max(current * scale, 0.2));
  return { x: middle.x, y: middle.y, ratio };
}
