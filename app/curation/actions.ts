// What the explorer's correction controls call: each makes an operation (operations.ts) and performs it
// on the workspace (store.ts), which applies it and redraws. One object, handed to the panels.
import type { Action, Evidence, Kind, Modality, NewsGraph } from "../../graph/types.ts";
import {
  addEdgeOperation,
  classifyOperation,
  confirmEvidenceOperation,
  mergeOperation,
  noteOperation,
  rejectEdgeOperation,
  rejectEvidenceOperation,
  renameOperation,
  splitOperation,
} from "./operations.ts";
import { perform } from "./store.ts";

export interface CurationActions {
  merge(into: string, nodes: readonly string[]): boolean;
  split(node: string, alias: string): boolean;
  rename(node: string, label: string): boolean;
  classify(node: string, kind: Kind, category: string): boolean;
  rejectEdge(edge: string): boolean;
  rejectEvidence(edge: string, evidence: Evidence): boolean;
  confirmEvidence(edge: string, evidence: Evidence): boolean;
  addEdge(
    source: string,
    action: Action,
    target: string,
    passage: { article: string; start: number; end: number; sentence: string; modality?: Modality },
  ): boolean;
  note(on: { node: string } | { edge: string }, text: string): boolean;
}

export function curationActions(graph: NewsGraph): CurationActions {
  return {
    merge: (into, nodes) => perform(mergeOperation(graph, into, nodes)),
    split: (node, alias) => perform(splitOperation(graph, node, alias)),
    rename: (node, label) => perform(renameOperation(graph, node, label)),
    classify: (node, kind, category) => perform(classifyOperation(graph, node, kind, category)),
    rejectEdge: (edge) => perform(rejectEdgeOperation(edge)),
    rejectEvidence: (edge, evidence) => perform(rejectEvidenceOperation(edge, evidence)),
    confirmEvidence: (edge, evidence) => perform(confirmEvidenceOperation(edge, evidence)),
    addEdge: (source, action, target, passage) => {
      const op = addEdgeOperation(source, action, target, passage);
      const key = `${source}|${action}|${target}`;
      return perform(op, { nodes: new Set(), edges: new Set([key]), articles: [] });
    },
    note: (on, text) => perform(noteOperation(on, text)),
  };
}
