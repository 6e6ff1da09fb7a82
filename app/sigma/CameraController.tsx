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

  useEffect(() => {
    if (!flyTo || !sigma.getGraph().hasNode(flyTo.node)) return;
    const data = sigma.getNodeDisplayData(flyTo.node);
    if (!data) return;
    const cam = sigma.getCamera();
    cam.animate({ x: data.x, y: data.y, ratio: Math.min(cam.getState().ratio, 0.6) }, { duration: 450 });
  }, [sigma, flyTo]);

  // Framing a set of nodes; the frame is kept when the canvas changes size (a panel opens or closes), until
  // the camera is moved some other way.
  const fitted = useRef<{ nodes: string[]; state: CameraState } | null>(null);
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
      const state = framing(
        sigma,
        kept.nodes.filter((node) => sigma.getGraph().hasNode(node)),
      );
      fitted.current = { nodes: kept.nodes, state };
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
 * The camera that frames `nodes` with their labels. Extents in pixels at the current camera (labels sit to
 * the right of nodes, at a fixed pixel size), then the ratio that fits them with a margin; labels shrink
 * relative to the graph as the ratio grows, so a few rounds settle it.
 */
function framing(sigma: NewsSigma, nodes: readonly string[]): CameraState {
  if (nodes.length === 0) return DEFAULT;
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
    scale = Math.max((maxX - minX + 2 * margin) / width, (maxY - minY + 2 * margin) / height);
    centerPx.x = (minX + maxX) / 2;
    centerPx.y = (minY + maxY) / 2;
  }
  const center = sigma.viewportToFramedGraph(centerPx);
  const ratio = Math.min(1.1, Math.max(current * scale, 0.2));
  return { x: center.x, y: center.y, ratio };
}
