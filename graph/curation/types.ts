// The curation file (curation.json): a person's corrections to a built graph, as a list of operations applied
// in order after extraction. Versioned; documented in README.md ("Curation"). Operations name nodes by key
// (the slug of the canonical name), edges by key (`subject|action|object`) and evidence by article and
// offsets, which every rebuild of the same articles gives again.
import type { Action, Kind, Modality } from "../types.ts";

export const CURATION_FORMAT = "newsgraph-curation";
export const CURATION_VERSION = 1;

/** Who did it and when: every operation has a time (ISO 8601) and may name its author. */
export interface Stamp {
  at: string;
  author?: string;
}

/** An evidence item, named by where it is: the article and the sentence's offsets in it. */
export interface EvidenceRef {
  article: string;
  start: number;
  end: number;
}

export interface MergeOperation extends Stamp {
  op: "merge";
  /** The node that stays: its key is the merged node's key. */
  into: string;
  /** The nodes merged into it (their labels and aliases become its aliases, their relations its relations). */
  nodes: string[];
  /** What the merged node was when the person merged (for a lexicon, and for a rebuild that lacks `into`). */
  label?: string;
  kind?: Kind;
  category?: string;
  /** The names of the merged nodes (labels and aliases), for a lexicon. */
  aliases?: string[];
}

export interface SplitOperation extends Stamp {
  op: "split";
  node: string;
  /** The alias that is in truth another entity. */
  alias: string;
  /** The new node's label (default: the alias), kind and category (default: the node's). */
  label?: string;
  kind?: Kind;
  category?: string;
}

export interface RenameOperation extends Stamp {
  op: "rename";
  node: string;
  label: string;
  /** The label before (kept as an alias). */
  previous?: string;
  kind?: Kind;
  category?: string;
}

export interface ClassifyOperation extends Stamp {
  op: "classify";
  node: string;
  kind?: Kind;
  category?: string;
  /** The node's label when it was classified, for a lexicon. */
  label?: string;
}

export interface RejectEdgeOperation extends Stamp {
  op: "reject-edge";
  edge: string;
}

export interface RejectEvidenceOperation extends Stamp {
  op: "reject-evidence";
  edge: string;
  evidence: EvidenceRef;
}

export interface ConfirmEvidenceOperation extends Stamp {
  op: "confirm-evidence";
  edge: string;
  evidence: EvidenceRef;
}

export interface AddEdgeOperation extends Stamp {
  op: "add-edge";
  source: string;
  action: Action;
  target: string;
  /** The passage a person selected: it becomes the edge's evidence, with `rule: "manual"`. */
  evidence: EvidenceRef & { sentence: string; modality?: Modality };
}

export interface NoteOperation extends Stamp {
  op: "note";
  /** Exactly one of node and edge. */
  node?: string;
  edge?: string;
  text: string;
}

export type CurationOperation =
  | MergeOperation
  | SplitOperation
  | RenameOperation
  | ClassifyOperation
  | RejectEdgeOperation
  | RejectEvidenceOperation
  | ConfirmEvidenceOperation
  | AddEdgeOperation
  | NoteOperation;

export type OperationName = CurationOperation["op"];

export interface CurationFile {
  newsgraph: typeof CURATION_FORMAT;
  version: typeof CURATION_VERSION;
  operations: CurationOperation[];
}

export type { Note } from "../types.ts";

/**
 * What became of one operation: `applied` changed the graph, `unchanged` found it already so (applying a
 * curation twice), `skipped` no longer applies (what it names is not in this graph), with the reason.
 */
export interface OperationOutcome {
  index: number;
  status: "applied" | "unchanged" | "skipped";
  reason?: string;
}

export function emptyCuration(): CurationFile {
  return { newsgraph: CURATION_FORMAT, version: CURATION_VERSION, operations: [] };
}
