// The corrections the explorer's controls make, as operations of the curation file (graph/curation),
// stamped with the time and, when the person gave one, their name. Each records what the person saw (the
// labels, kinds and names), so the file reads on its own and a lexicon can be made of it.
import type { AddEdgeOperation, CurationOperation, EvidenceRef, Stamp } from "../../graph/curation/index.ts";
import type { Action, Evidence, Kind, Modality, NewsGraph } from "../../graph/types.ts";

const AUTHOR_KEY = "newsgraph.author";

export function currentAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? "";
  } catch {
    return "";
  }
}

export function setAuthor(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(AUTHOR_KEY, name.trim());
    else localStorage.removeItem(AUTHOR_KEY);
  } catch {
    // storage refused (private mode): the name is simply not remembered
  }
}

function stamp(): Stamp {
  const author = currentAuthor();
  const at = new Date().toISOString();
  return author ? { at, author } : { at };
}

const place = (e: Evidence): EvidenceRef => ({ article: e.article, start: e.start, end: e.end });

export function mergeOperation(graph: NewsGraph, into: string, nodes: readonly string[]): CurationOperation {
  const target = graph.getNodeAttributes(into);
  const others = nodes.filter((node) => node !== into);
  const aliases = others.flatMap((node) => {
    const a = graph.getNodeAttributes(node);
    return [a.label, ...(a.aliases ?? [])];
  });
  return {
    op: "merge",
    into,
    nodes: others,
    label: target.label,
    kind: target.kind,
    category: target.category,
    aliases: [...new Set(aliases)],
    ...stamp(),
  };
}

export function splitOperation(graph: NewsGraph, node: string, alias: string): CurationOperation {
  const { kind, category } = graph.getNodeAttributes(node);
  return { op: "split", node, alias, label: alias, kind, category, ...stamp() };
}

export function renameOperation(graph: NewsGraph, node: string, label: string): CurationOperation {
  const a = graph.getNodeAttributes(node);
  return { op: "rename", node, label, previous: a.label, kind: a.kind, category: a.category, ...stamp() };
}

export function classifyOperation(
  graph: NewsGraph,
  node: string,
  kind: Kind,
  category: string,
): CurationOperation {
  return { op: "classify", node, kind, category, label: graph.getNodeAttribute(node, "label"), ...stamp() };
}

export function rejectEdgeOperation(edge: string): CurationOperation {
  return { op: "reject-edge", edge, ...stamp() };
}

export function rejectEvidenceOperation(edge: string, evidence: Evidence): CurationOperation {
  return { op: "reject-evidence", edge, evidence: place(evidence), ...stamp() };
}

export function confirmEvidenceOperation(edge: string, evidence: Evidence): CurationOperation {
  return { op: "confirm-evidence", edge, evidence: place(evidence), ...stamp() };
}

export function addEdgeOperation(
  source: string,
  action: Action,
  target: string,
  passage: { article: string; start: number; end: number; sentence: string; modality?: Modality },
): AddEdgeOperation {
  return { op: "add-edge", source, action, target, evidence: passage, ...stamp() };
}

export function noteOperation(on: { node: string } | { edge: string }, text: string): CurationOperation {
  return { op: "note", ...on, text, ...stamp() };
}

/** One line for the history panel: what the operation did, in the words of the graph. */
export function describeOperation(op: CurationOperation): string {
  const edge = (key: string) => key.split("|").join(" ");
  switch (op.op) {
    case "merge":
      return `Merged ${(op.aliases ?? op.nodes).slice(0, 3).join(", ")} into ${op.label ?? op.into}`;
    case "split":
      return `Split “${op.alias}” out of ${op.node}`;
    case "rename":
      return `Renamed ${op.previous ?? op.node} to ${op.label}`;
    case "classify":
      return `Set ${op.label ?? op.node} to ${[op.kind, op.category].filter(Boolean).join(" · ")}`;
    case "reject-edge":
      return `Rejected ${edge(op.edge)}`;
    case "reject-evidence":
      return `Rejected a sentence of ${edge(op.edge)}`;
    case "confirm-evidence":
      return `Confirmed a sentence of ${edge(op.edge)}`;
    case "add-edge":
      return `Added ${op.source} ${op.action} ${op.target}`;
    case "note":
      return `Note on ${op.node ?? edge(op.edge!)}: ${op.text}`;
  }
}
