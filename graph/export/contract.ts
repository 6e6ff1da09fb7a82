// The graph of the contract (README, "Graph JSON") and nothing else: the explorer adds display attributes to
// its edges (colour, size, curve), and an export must not carry them along.
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, NewsGraph } from "../types.ts";

export type ContractGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function newContractGraph(): ContractGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: true });
}

export function contractNode(a: NodeAttributes): NodeAttributes {
  const { label, kind, category, aliases, mentions, x, y, size, color, notes } = a;
  const node: NodeAttributes = {
    label,
    kind,
    category,
    aliases: [...(aliases ?? [])],
    mentions,
    x,
    y,
    size,
    color,
  };
  if (notes && notes.length > 0) node.notes = notes.map((n) => ({ ...n }));
  return node;
}

export function contractEvidence(e: Evidence): Evidence {
  const { article, sentence, start, end, modality, rule, date, dateSource } = e;
  const item: Evidence = { article, sentence, start, end, modality };
  if (typeof rule === "string") item.rule = rule;
  if (typeof date === "string" && dateSource) Object.assign(item, { date, dateSource });
  if (e.confirmed === true) item.confirmed = true;
  return item;
}

export function contractEdge(a: EdgeAttributes): EdgeAttributes {
  const { action, cameo, weight, evidence, evidenceTotal, firstSeen, lastSeen } = a;
  const edge: EdgeAttributes = { action, cameo, weight, evidence: (evidence ?? []).map(contractEvidence) };
  if (typeof evidenceTotal === "number") edge.evidenceTotal = evidenceTotal;
  if (typeof firstSeen === "string" && typeof lastSeen === "string")
    Object.assign(edge, { firstSeen, lastSeen });
  if (a.notes && a.notes.length > 0) edge.notes = a.notes.map((n) => ({ ...n }));
  return edge;
}

/**
 * A copy of `graph` restricted to `nodes` and `edges` (everything when omitted), with only the contract's
 * attributes, in the source graph's order. Graph attributes (articles, builtWith) are kept whole.
 */
export function contractCopy(
  graph: NewsGraph,
  nodes?: ReadonlySet<string>,
  edges?: ReadonlySet<string>,
): ContractGraph {
  const copy = newContractGraph();
  const articles = graph.getAttribute("articles") ?? [];
  const builtWith = graph.getAttribute("builtWith") ?? { version: "unknown", options: {} };
  const curation = graph.getAttribute("curation");
  copy.replaceAttributes({
    articles: articles.map((a) => ({ ...a })),
    builtWith,
    ...(curation ? { curation } : {}),
  });
  graph.forEachNode((node, attributes) => {
    if (!nodes || nodes.has(node)) copy.addNode(node, contractNode(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edges && !edges.has(edge)) return;
    if (!copy.hasNode(source) || !copy.hasNode(target)) return;
    copy.addDirectedEdgeWithKey(edge, source, target, contractEdge(attributes));
  });
  return copy;
}
