// Fetching the graph JSON and preparing it for display (edge colours, curves for parallel edges).
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../graph/types.ts";
import { parallelEdgeCurvatures } from "../graph/view/parallel.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { actionColor, categoryColor } from "./appearance/colors.ts";
import { mark } from "./sigma/testHook.ts";

/** `./graph.json` beside the page, or the file named by `?graph=` (tests point it at fixtures). */
export function graphUrl(location: Location): string {
  const param = new URLSearchParams(location.search).get("graph");
  return new URL(param || "./graph.json", location.href).href;
}

/** What the inline script of index.html started fetching before this code loaded. */
interface Prefetch {
  url: string;
  result: Promise<{ status?: number; data?: unknown; parseError?: string; fetchError?: string }>;
}

declare global {
  interface Window {
    __newsgraphPrefetch?: Prefetch;
  }
}

async function download(
  url: string,
): Promise<{ status?: number; data?: unknown; parseError?: string; fetchError?: string }> {
  const prefetch = window.__newsgraphPrefetch;
  if (prefetch && prefetch.url === url) {
    window.__newsgraphPrefetch = undefined;
    return prefetch.result;
  }
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { fetchError: (error as Error).message };
  }
  if (!response.ok) return { status: response.status };
  try {
    return { status: response.status, data: await response.json() };
  } catch (error) {
    return { status: response.status, parseError: (error as Error).message };
  }
}

export async function fetchGraph(url: string): Promise<NewsGraph> {
  const result = await download(url);
  if (result.fetchError !== undefined) throw new Error(`Could not fetch ${url}: ${result.fetchError}`);
  if (result.data === undefined && result.parseError === undefined) {
    throw new Error(
      `Could not load ${url} (HTTP ${result.status}). Build it with "npm start" or "npm run build".`,
    );
  }
  if (result.parseError !== undefined) throw new Error(`${url} is not valid JSON: ${result.parseError}`);
  mark("parsed");
  return graphFromJson(result.data);
}

/** The graph in a serialized graphology export, checked enough to draw it. */
export function graphFromJson(data: unknown): NewsGraph {
  if (!data || typeof data !== "object" || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error("This file is not a Newsgraph graph (a graphology export with nodes and edges).");
  }
  const graph: NewsGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    multi: true,
    type: "directed",
    allowSelfLoops: true,
  });
  const serialized = data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  graph.import({ ...serialized, options: { multi: true, type: "directed", allowSelfLoops: true } });
  mark("imported");
  if (!Array.isArray(graph.getAttribute("articles"))) graph.setAttribute("articles", []);
  prepareForDisplay(graph);
  mark("prepared");
  return graph;
}

/** Fills what sigma needs and the file may lack, and sets the edges' appearance from their action. */
export function prepareForDisplay(graph: NewsGraph): void {
  let i = 0;
  const order = graph.order;
  graph.updateEachNodeAttributes((node, attributes) => {
    const angle = (2 * Math.PI * i++) / Math.max(1, order);
    if (typeof attributes.label !== "string") attributes.label = node;
    if (!Array.isArray(attributes.aliases)) attributes.aliases = [];
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
      attributes.x = Math.cos(angle) * 100;
      attributes.y = Math.sin(angle) * 100;
    }
    if (!Number.isFinite(attributes.size) || attributes.size <= 0) attributes.size = 6;
    if (typeof attributes.color !== "string")
      attributes.color = categoryColor(attributes.category ?? "", attributes.kind);
    return attributes;
  });
  const curvatures = parallelEdgeCurvatures(graph);
  graph.updateEachEdgeAttributes((edge, attributes) => {
    const display = attributes as EdgeAttributes & Record<string, unknown>;
    if (!Array.isArray(attributes.evidence)) attributes.evidence = [];
    const weight = Number.isFinite(attributes.weight) ? attributes.weight : attributes.evidence.length;
    display.color = actionColor(attributes.action);
    display.size = Math.min(6, 1.4 + Math.log2(1 + Math.max(0, weight)) * 0.9);
    const curvature = curvatures.get(edge);
    if (curvature) {
      display.type = "curvedArrow";
      display.curvature = curvature;
    } else {
      display.type = "arrow";
    }
    return attributes;
  });
}
