// Reading a graph file someone opens in the explorer (or gives the CLI): graph JSON, GEXF or GraphML,
// recognised by content, checked and normalised into the contract. Anything wrong throws a GraphImportError
// whose message says what; the caller keeps its current graph.
import type Graph from "graphology";
import { MultiGraph } from "graphology";
import type { ContractGraph } from "../export/contract.ts";
import { tooLarge } from "../read/limits.ts";
import { GraphImportError, IMPORT_LIMITS, normalizeGraph, type RawElements } from "./normalize.ts";
import { isReservedKey, reservedKeyProblem } from "./safeKeys.ts";

export { GraphImportError, IMPORT_LIMITS } from "./normalize.ts";

export type GraphFileFormat = "json" | "gexf" | "graphml";

/** XML parsing differs between Node (xmldom) and browsers (DOMParser): the caller brings it. */
export interface XmlParsers {
  /** A well-formed document, or a thrown Error saying where it is not. */
  parseXml(text: string): Document;
  gexf(graphClass: typeof MultiGraph, document: Document): Graph;
  graphml(graphClass: typeof MultiGraph, document: Document): Graph;
}

export interface ImportedGraph {
  graph: ContractGraph;
  format: GraphFileFormat;
}

export function detectFormat(name: string, text: string): GraphFileFormat | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "json";
  if (head.startsWith("<")) {
    if (/<gexf[\s>]/.test(head)) return "gexf";
    if (/<graphml[\s>]/.test(head)) return "graphml";
  }
  const ext = name.toLowerCase().split(".").pop();
  if (ext === "gexf" || ext === "graphml" || ext === "json") return ext;
  return null;
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);

export function parseGraphFile(name: string, text: string, xml: XmlParsers): ImportedGraph {
  const fail = (why: string): never => {
    throw new GraphImportError(`${name} could not be opened: ${why}. The current graph is unchanged.`);
  };
  if (text.length > IMPORT_LIMITS.maxChars) {
    fail(`it is ${tooLarge(text.length, IMPORT_LIMITS.maxChars)}`);
  }
  if (text.trim() === "") fail("it is empty");
  if (text.includes("\u0000")) fail("it is a binary file, not a graph");
  const format = detectFormat(name, text);
  if (!format) fail("it is not a graph file (expected Newsgraph graph JSON, GEXF or GraphML)");
  return opened(name, format!, () =>
    format === "json" ? jsonElements(text) : xmlElements(format!, text, xml),
  );
}

/**
 * Graph JSON that is parsed already (the explorer's early download of a graph a link names), with the same
 * checks, limits and messages as a file.
 */
export function parseGraphData(name: string, data: unknown): ImportedGraph {
  return opened(name, "json", () => dataElements(data));
}

/** The contract graph of what `elements` reads, or a GraphImportError naming the file. */
function opened(name: string, format: GraphFileFormat, elements: () => RawElements): ImportedGraph {
  try {
    return { graph: normalizeGraph(elements()), format };
  } catch (error) {
    if (error instanceof GraphImportError && error.message.includes("could not be opened")) throw error;
    throw new GraphImportError(
      `${name} could not be opened: ${describe(error)}. The current graph is unchanged.`,
    );
  }
}

function jsonElements(text: string): RawElements {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new GraphImportError(`it is not valid JSON (${describe(error)})`);
  }
  return dataElements(data);
}

function dataElements(data: unknown): RawElements {
  const record = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === "object" && !Array.isArray(v);
  if (!record(data) || !Array.isArray(data.nodes)) {
    throw new GraphImportError('it is JSON but not a graph (a graphology export with "nodes" and "edges")');
  }
  const edges = data.edges === undefined ? [] : data.edges;
  if (!Array.isArray(edges)) throw new GraphImportError('its "edges" is not a list');
  const key = (v: unknown, what: string): string => {
    if (typeof v === "string" && v !== "") return v;
    if (typeof v === "number" && Number.isFinite(v)) return String(v);
    throw new GraphImportError(`${what} has no valid key`);
  };
  return {
    attributes: record(data.attributes) ? data.attributes : {},
    nodes: data.nodes.map((n: unknown, i: number) => {
      if (!record(n)) throw new GraphImportError(`node #${i + 1} is not an object`);
      return { key: key(n.key, `node #${i + 1}`), attributes: record(n.attributes) ? n.attributes : {} };
    }),
    edges: edges.map((e: unknown, i: number) => {
      if (!record(e)) throw new GraphImportError(`edge #${i + 1} is not an object`);
      return {
        key: e.key === undefined ? undefined : key(e.key, `edge #${i + 1}`),
        source: key(e.source, `the source of edge #${i + 1}`),
        target: key(e.target, `the target of edge #${i + 1}`),
        attributes: record(e.attributes) ? e.attributes : {},
      };
    }),
  };
}

function xmlElements(format: "gexf" | "graphml", text: string, xml: XmlParsers): RawElements {
  // Entity declarations are how XML files blow up parsers ("billion laughs") or read local files.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new GraphImportError("it declares a DOCTYPE or entities, which are not allowed");
  let document: Document;
  try {
    document = xml.parseXml(text);
  } catch (error) {
    throw new GraphImportError(`it is not well-formed XML (${describe(error)})`);
  }
  const tag = (name: string) => document.getElementsByTagName(name).length;
  if (tag("node") > IMPORT_LIMITS.maxNodes)
    throw new GraphImportError(`it has more than ${IMPORT_LIMITS.maxNodes} nodes`);
  if (tag("edge") > IMPORT_LIMITS.maxEdges)
    throw new GraphImportError(`it has more than ${IMPORT_LIMITS.maxEdges} edges`);
  if (!tag("graph")) throw new GraphImportError(`it has no <graph> element`);
  // Before graphology's parsers, which build plain objects and a multigraph keyed by these names.
  checkReservedNames(document);
  // Checked here, in the user's terms: the parsers' own message is advice to programmers (an option to set).
  checkEdgeEnds(document);
  let parsed: Graph;
  try {
    parsed = format === "gexf" ? xml.gexf(MultiGraph, document) : xml.graphml(MultiGraph, document);
  } catch (error) {
    const why = describe(error).replace(/^graphology-\w+\/\w+:\s*/, "");
    throw new GraphImportError(`its ${format === "gexf" ? "GEXF" : "GraphML"} is invalid (${why})`);
  }
  const nodes: RawElements["nodes"] = parsed.mapNodes((key, attributes) => ({ key, attributes }));
  const edges: { key?: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
  parsed.forEachEdge((key, attributes, source, target) => {
    // Keys graphology made up for edges without an id are not worth keeping.
    edges.push({ key: /^geid_/.test(key) ? undefined : key, source, target, attributes });
  });
  return { attributes: parsed.getAttributes(), nodes, edges };
}

/** Where GEXF and GraphML name nodes, edges and attributes (an edge's ends must be node ids). */
const NAMED: readonly { tag: string; attributes: readonly string[]; what: string }[] = [
  { tag: "node", attributes: ["id"], what: "the node key" },
  { tag: "edge", attributes: ["id"], what: "the edge key" },
  { tag: "attribute", attributes: ["id", "title"], what: "the attribute name" },
  { tag: "attvalue", attributes: ["for", "id"], what: "the attribute name" },
  { tag: "key", attributes: ["id", "attr.name"], what: "the attribute name" },
  { tag: "data", attributes: ["key"], what: "the attribute name" },
];

function checkReservedNames(document: Document): void {
  for (const { tag, attributes, what } of NAMED) {
    const elements = document.getElementsByTagName(tag);
    for (let i = 0; i < elements.length; i++) {
      for (const attribute of attributes) {
        const name = elements[i]!.getAttribute(attribute);
        if (name !== null && isReservedKey(name)) throw new GraphImportError(reservedKeyProblem(what, name));
      }
    }
  }
}

/** Every edge's source and target must be a node of the file (GEXF and GraphML alike name them by id). */
function checkEdgeEnds(document: Document): void {
  const ids = new Set<string>();
  const nodes = document.getElementsByTagName("node");
  for (let i = 0; i < nodes.length; i++) ids.add(nodes[i]!.getAttribute("id") ?? "");
  const edges = document.getElementsByTagName("edge");
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    for (const end of ["source", "target"] as const) {
      const id = edge.getAttribute(end);
      if (id === null || id === "") {
        throw new GraphImportError(`edge #${i + 1} has no ${end} node`);
      }
      if (!ids.has(id)) {
        throw new GraphImportError(
          `edge #${i + 1} (${edge.getAttribute("source")} → ${edge.getAttribute("target")}) refers to the node "${id.slice(0, 80)}", which is not in the file`,
        );
      }
    }
  }
}
