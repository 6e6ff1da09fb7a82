// Fetching the graph JSON and preparing it for display (edge colours, curves for parallel edges).
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { IMPORT_LIMITS, parseGraphData, parseGraphFile } from "../graph/import/parse.ts";
import { tooLarge } from "../graph/read/limits.ts";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NewsGraph } from "../graph/types.ts";
import { parallelEdgeCurvatures } from "../graph/view/parallel.ts";
import { actionColor, categoryColor } from "./appearance/colors.ts";
import { browserXmlParsers } from "./import/browserXml.ts";
import { linkedGraph } from "./import/linked.ts";
import { notify } from "./notices/store.ts";
import { isLargeGraph } from "./sigma/scale.ts";
import { mark } from "./sigma/testHook.ts";

const ownGraphUrl = (location: Location) => new URL("./graph.json", location.href).href;

/** `./graph.json` beside the page, or the file of this site named by `?graph=` (tests point it at fixtures). */
export function graphUrl(location: Location): string {
  const linked = linkedGraph(location);
  return linked && "url" in linked ? linked.url : ownGraphUrl(location);
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

/**
 * The graph at `url`. A graph the link names (`?graph=`) is checked as a file opened with Import is; when it
 * is refused, or names another site, a notice says why and the page's own graph is shown.
 */
export async function fetchGraph(url: string): Promise<NewsGraph> {
  const linked = linkedGraph(window.location);
  if (linked && "refused" in linked) notify({ kind: "error", message: linked.refused });
  if (linked && "url" in linked && linked.url === url) {
    try {
      return await fetchLinkedGraph(linked.url, linked.name);
    } catch (error) {
      const message = (error as Error).message.replace(/The current graph is unchanged\.$/, "");
      notify({ kind: "error", message: `${message.trim()} Showing this site's graph.` });
      url = ownGraphUrl(window.location);
    }
  }
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

/** A graph file of this site, through the checks, limits and messages of Import (graph/import). */
async function fetchLinkedGraph(url: string, name: string): Promise<NewsGraph> {
  const result = await download(url);
  if (result.fetchError !== undefined) throw new Error(`${name} could not be fetched: ${result.fetchError}.`);
  if (result.data === undefined && result.parseError === undefined) {
    throw new Error(`${name} could not be fetched (HTTP ${result.status}).`);
  }
  // The early download has read it already: its size is known, and refused as Import refuses it.
  const bytes = downloadedBytes(url);
  if (bytes > IMPORT_LIMITS.maxBytes) {
    throw new Error(`${name} could not be opened: it is ${tooLarge(bytes, IMPORT_LIMITS.maxBytes)}.`);
  }
  // Not JSON: perhaps GEXF or GraphML, read as text.
  const imported =
    result.data !== undefined
      ? parseGraphData(name, result.data)
      : parseGraphFile(name, await fetchText(url, name), browserXmlParsers);
  mark("parsed");
  // The checked graph is drawn as it is: building it a second time from its export would double the cost.
  return displayable(imported.graph);
}

/** Bytes of a finished download of this origin (resource timing), 0 when the browser does not say. */
function downloadedBytes(url: string): number {
  const entries = performance.getEntriesByName(url) as PerformanceResourceTiming[];
  return entries.reduce((most, entry) => Math.max(most, entry.decodedBodySize ?? 0), 0);
}

async function fetchText(url: string, name: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name} could not be fetched (HTTP ${response.status}).`);
  const declared = Number(response.headers.get("content-length"));
  if (declared > IMPORT_LIMITS.maxBytes) {
    throw new Error(`${name} could not be opened: it is ${tooLarge(declared, IMPORT_LIMITS.maxBytes)}.`);
  }
  return response.text();
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
  return displayable(graph);
}

function displayable(graph: NewsGraph): NewsGraph {
  mark("imported");
  if (!Array.isArray(graph.getAttribute("articles"))) graph.setAttribute("articles", []);
  prepareForDisplay(graph);
  mark("prepared");
  return graph;
}

/**
 * Fills what sigma needs and the file may lack, and sets the edges' appearance from their action. Parallel
 * edges get arcs, except on a large graph (sigma/scale.ts), where all are straight: finding them is a pass
 * keyed by node pairs, and the curved program a second draw pass.
 */
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
  const curvatures = isLargeGraph(graph) ? new Map<string, number>() : parallelEdgeCurvatures(graph);
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
      // a copy of a graph drawn before with arcs (a correction on a large graph)
      if (display.curvature !== undefined) delete display.curvature;
    }
    return attributes;
  });
}
