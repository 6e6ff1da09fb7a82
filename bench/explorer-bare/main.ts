// The benchmark's reference: the same graph JSON in sigma with its defaults, nothing else. Loads
// ?graph=…, renders, and exposes timings and a filter (hide one action through reducers) to the runner.
import Graph from "graphology";
import Sigma from "sigma";

interface BareHook {
  renderedAt?: number;
  /** When the GPU had finished the first render (pixels read back right after it). */
  drawnAt?: number;
  error?: string;
  marks: Record<string, number>;
  /** Hides the edges of `action` (and nodes left without edges) through reducers; resolves with the times
   * until rendered (main thread) and until drawn (GPU). */
  hideAction?: (action: string) => Promise<[number, number]>;
}
/** Waits for the GPU to finish what was queued (reading a pixel back stalls until then). */
function gpuDone(): number {
  for (const canvas of document.querySelectorAll("canvas")) {
    const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
  return performance.now();
}

const hook: BareHook = { marks: { script: performance.now() } };
(window as unknown as { __bare: BareHook }).__bare = hook;

const url = new URLSearchParams(location.search).get("graph") ?? "./graph.json";
fetch(url)
  .then((response) => response.json())
  .then((data) => {
    hook.marks.parsed = performance.now();
    const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true });
    graph.import(data);
    hook.marks.imported = performance.now();
    const sigma = new Sigma(graph, document.getElementById("graph")!, { defaultEdgeType: "arrow" });
    hook.renderedAt = performance.now();
    hook.drawnAt = gpuDone();
    hook.hideAction = (action) => {
      const start = performance.now();
      const hiddenEdges = new Set(graph.filterEdges((_edge, attributes) => attributes.action === action));
      const keptNodes = new Set<string>();
      graph.forEachEdge((edge, _attributes, source, target) => {
        if (hiddenEdges.has(edge)) return;
        keptNodes.add(source);
        keptNodes.add(target);
      });
      const rendered = new Promise<[number, number]>((resolve) =>
        sigma.once("afterRender", () => {
          const queued = performance.now() - start;
          resolve([queued, gpuDone() - start]);
        }),
      );
      // One settings update (one re-index of the graph), rendered at the next frame.
      sigma.setSettings({
        edgeReducer: (edge, data) => (hiddenEdges.has(edge) ? { ...data, hidden: true } : data),
        nodeReducer: (node, data) => (keptNodes.has(node) ? data : { ...data, hidden: true }),
      });
      return rendered;
    };
  })
  .catch((error: Error) => (hook.error = error.message));
