// Assemble: resolved entities and relations → the graphology graph of the contract (README, "Graph JSON").
// Nodes and edges are inserted in key order and every attribute object is built with a fixed key
// order, so `graph.export()` serializes to the same bytes on every run.
import { MultiDirectedGraph } from "graphology";
import { layoutGraph } from "../layout/index.ts";
import { timed } from "../workers/stages.ts";
import type { Article, EdgeAttributes, GraphAttributes, NewsGraph, NodeAttributes } from "../types.ts";
import { articleMetas } from "./articles.ts";
import type { Resolution } from "./resolve.ts";

export { resolve } from "./resolve.ts";
export { DEFAULT_MAX_EVIDENCE } from "./evidence.ts";

// The model is declared once, in graph/types.ts; the merge step builds its one concrete kind.
export type { NewsGraph } from "../types.ts";

export interface BuildOptions {
  /** Keep entities that are mentioned but take part in no relation (default: drop them). */
  keepIsolated?: boolean;
  /** Stored as the `builtWith` graph attribute; must hold nothing time- or machine-dependent. */
  builtWith: GraphAttributes["builtWith"];
}

/** Resolved entities and relations (see resolve.ts) → the laid-out graph of the contract. */
export function buildGraph(
  articles: readonly Article[],
  resolution: Resolution,
  options: BuildOptions,
): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: true,
  });
  graph.replaceAttributes({ articles: articleMetas(articles), builtWith: options.builtWith });

  const related = new Set(resolution.edges.flatMap((e) => [e.source, e.target]));
  for (const node of resolution.nodes) {
    if (!options.keepIsolated && !related.has(node.key)) continue;
    const { label, kind, category, aliases, mentions } = node;
    // Appearance placeholders, set by the layout, so the attributes keep the contract's key order.
    graph.addNode(node.key, { label, kind, category, aliases, mentions, x: 0, y: 0, size: 0, color: "" });
  }
  for (const {
    key,
    source,
    target,
    action,
    cameo,
    evidence,
    evidenceTotal,
    firstSeen,
    lastSeen,
  } of resolution.edges) {
    // weight counts every evidence item found, also those a capped edge does not keep.
    const attributes: EdgeAttributes = { action, cameo, weight: evidenceTotal ?? evidence.length, evidence };
    if (evidenceTotal !== undefined) attributes.evidenceTotal = evidenceTotal;
    if (firstSeen !== undefined && lastSeen !== undefined) Object.assign(attributes, { firstSeen, lastSeen });
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  timed("layout", () => layoutGraph(graph));
  return graph;
}

/** The graph JSON: graphology's own serialization, on one line. */
export function serializeGraph(graph: NewsGraph): string {
  return JSON.stringify(graph.export());
}

/** Characters gathered before a chunk is handed on: few writes, and never the whole graph in one string. */
const CHUNK_CHARS = 1 << 20;

/**
 * serializeGraph's bytes in chunks of about a megabyte, a node or an edge at a time, for writing a large
 * graph without holding its JSON (as large as the graph's texts and evidence) and a copy of every
 * attribute, as graph.export() makes, at once. The same rules as graphology's export: attributes left out
 * when empty, `undirected` only on the undirected edges of a mixed graph.
 */
export function* serializeGraphChunks(graph: NewsGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let chunk = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const serialized: Record<string, unknown> = { key: node };
    if (Object.keys(attributes).length > 0) serialized.attributes = attributes;
    chunk += (first ? "" : ",") + JSON.stringify(serialized);
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  chunk += '],"edges":[';
  first = true;
  for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (Object.keys(attributes).length > 0) serialized.attributes = attributes;
    if (graph.type === "mixed" && undirected) serialized.undirected = true;
    chunk += (first ? "" : ",") + JSON.stringify(serialized);
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}]}`;
}
