// Helpers the operations share: moving a relation from one node to another (merging evidence when the
// target relation exists), evidence identity and order, and the appearance of nodes whose degree changed.
import type Graph from "graphology";
import { byCodeUnit } from "../order.ts";
import { nodeSize } from "../layout/index.ts";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes, Note } from "../types.ts";
import type { EvidenceRef } from "./types.ts";

export type CurationGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What the operations of one curation touched, for the clean-up after them. */
export interface Touched {
  nodes: Set<string>;
  /** Nodes the curation created (placed beside their neighbours afterwards). */
  created: string[];
}

export const edgeKey = (source: string, action: string, target: string) => `${source}|${action}|${target}`;

export const sameEvidence = (e: Evidence, ref: EvidenceRef) =>
  e.article === ref.article && e.start === ref.start && e.end === ref.end;

export function byEvidenceOrder(a: Evidence, b: Evidence): number {
  return byCodeUnit(a.article, b.article) || a.start - b.start || a.end - b.end;
}

/** Both lists, each item once (by article and offsets), in the contract's order; a confirmation survives. */
export function mergeEvidence(
  a: readonly Evidence[],
  b: readonly Evidence[],
): { evidence: Evidence[]; shared: number } {
  const byPlace = new Map<string, Evidence>();
  let shared = 0;
  for (const item of [...a, ...b]) {
    const place = `${item.article}\u0000${item.start}\u0000${item.end}`;
    const seen = byPlace.get(place);
    if (seen) {
      shared++;
      if (item.confirmed && !seen.confirmed) byPlace.set(place, { ...seen, confirmed: true });
    } else byPlace.set(place, item);
  }
  return { evidence: [...byPlace.values()].sort(byEvidenceOrder), shared };
}

export function mergeNotes(
  a: readonly Note[] | undefined,
  b: readonly Note[] | undefined,
): Note[] | undefined {
  const all = [...(a ?? []), ...(b ?? [])];
  if (all.length === 0) return undefined;
  const seen = new Set<string>();
  return all.filter((note) => {
    const id = `${note.at}\u0000${note.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Adds `attributes` as the relation source -action-> target: a new edge, or more evidence for the one there
 * (each sentence once; `weight` counts the evidence both had, less what they shared).
 */
export function addRelation(
  graph: CurationGraph,
  source: string,
  target: string,
  attributes: EdgeAttributes,
  touched: Touched,
): string {
  const key = edgeKey(source, attributes.action, target);
  touched.nodes.add(source).add(target);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, source, target, { ...attributes, evidence: [...attributes.evidence] });
    return key;
  }
  const existing = graph.getEdgeAttributes(key);
  const { evidence, shared } = mergeEvidence(existing.evidence ?? [], attributes.evidence ?? []);
  const weight = Math.max(evidence.length, (existing.weight ?? 0) + (attributes.weight ?? 0) - shared);
  const merged: EdgeAttributes = { ...existing, weight, evidence };
  if (weight > evidence.length) merged.evidenceTotal = weight;
  else delete merged.evidenceTotal;
  const notes = mergeNotes(existing.notes, attributes.notes);
  if (notes) merged.notes = notes;
  graph.replaceEdgeAttributes(key, merged);
  return key;
}

/** Sets an edge's evidence after items were taken out; an edge left with none is removed. */
export function setEvidence(
  graph: CurationGraph,
  edge: string,
  evidence: Evidence[],
  removed: number,
): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  const weight = Math.max(evidence.length, (attributes.weight ?? evidence.length + removed) - removed);
  if (evidence.length === 0 && weight === 0) {
    graph.dropEdge(edge);
    return false;
  }
  const next: EdgeAttributes = { ...attributes, weight, evidence };
  if (weight > evidence.length) next.evidenceTotal = weight;
  else delete next.evidenceTotal;
  graph.replaceEdgeAttributes(edge, next);
  return true;
}

/** Sorted, each name once, never the label itself twice. */
export function sortedAliases(names: Iterable<string>): string[] {
  return [...new Set(names)].filter((name) => name !== "").sort(byCodeUnit);
}

/** Size by degree, as the builder's layout gives it, for the nodes whose relations changed. */
export function resize(graph: CurationGraph, nodes: Iterable<string>): void {
  for (const node of nodes) {
    if (!graph.hasNode(node)) continue;
    graph.setNodeAttribute(node, "size", Math.round(nodeSize(graph.degree(node)) * 100) / 100);
  }
}

/** A whole-word, case-insensitive test for a name in a sentence. */
export function mentions(sentence: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(sentence);
}
