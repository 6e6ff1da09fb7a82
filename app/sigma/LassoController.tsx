// The lasso: a toggle over the graph; while on, dragging draws an outline (over sigma, which then neither
// pans nor hovers), and letting go picks the drawn nodes it encloses. Esc or the toggle leaves it.
import { useEffect, useRef, useState, type PointerEvent } from "react";
import { nodesInLasso, type Point } from "../../graph/view/lasso.ts";
import { useSigma } from "./context.ts";

export function LassoController(props: { onLasso: (nodes: string[]) => void }) {
  const sigma = useSigma();
  const [active, setActive] = useState(false);
  const [outline, setOutline] = useState<Point[]>([]);
  const drawing = useRef(false);

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setActive(false);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active]);

  const at = (event: PointerEvent<SVGSVGElement>): Point => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const onDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    setOutline([at(event)]);
  };
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drawing.current) return;
    const point = at(event);
    setOutline((points) => {
      const last = points[points.length - 1];
      return last && Math.hypot(point.x - last.x, point.y - last.y) < 3 ? points : [...points, point];
    });
  };
  const onUp = () => {
    if (!drawing.current) return;
    drawing.current = false;
    const graph = sigma.getGraph();
    // Nodes where they are drawn now (display data are in framed-graph coordinates); hidden ones are not in the view.
    const positions = function* (): Generator<[string, Point]> {
      for (const node of graph.nodes()) {
        const data = sigma.getNodeDisplayData(node);
        if (data && !data.hidden) yield [node, sigma.framedGraphToViewport(data)];
      }
    };
    const inside = nodesInLasso(positions(), outline);
    setOutline([]);
    setActive(false);
    if (inside.length > 0) props.onLasso(inside);
  };

  return (
    <>
      <button
        type="button"
        className="lasso-toggle"
        aria-pressed={active}
        title="Draw around nodes to select them (Esc to stop)"
        onClick={() => setActive((on) => !on)}
      >
        Lasso
      </button>
      {active && (
        <svg
          className="lasso-surface"
          data-testid="lasso-surface"
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={onUp}
          onPointerCancel={() => {
            drawing.current = false;
            setOutline([]);
          }}
        >
          {outline.length > 1 && <polygon points={outline.map((p) => `${p.x},${p.y}`).join(" ")} />}
        </svg>
      )}
    </>
  );
}
