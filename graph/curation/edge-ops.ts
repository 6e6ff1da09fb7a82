// Operations on relations and their evidence: reject a relation or one sentence (the machine was wrong),
// confirm a sentence (a person checked it), add a relation by hand from a passage, and notes.
import actionsData from "../lexicon/actions.json" with { type: "json" };
import type { Action, EdgeAttributes, Evidence } from "../types.ts";
import {
  edgeKey,
  addRelation,
  sameEvidence,
  setEvidence,
  type CurationGraph,
  type Touched,
} from "./graph-ops.ts";
import type { Result } from "./node-ops.ts";
import type {
  AddEdgeOperation,
  ConfirmEvidenceOperation,
  NoteOperation,
  RejectEdgeOperation,
  RejectEvidenceOperation,
} from "./types.ts";

const applied: Result = { status: "applied" };
const unchanged: Result = { status: "unchanged" };
const skipped = (reason: string): Result => ({ status: "skipped", reason });

/** The rule of evidence a person added. */
export const MANUAL_RULE = "manual";

const CAMEO = Object.fromEntries(
  Object.entries(actionsData.actions).map(([action, entry]) => [action, entry.cameo]),
) as Record<Action, string | null>;

const noRelation = (edge: string) => skipped(`the relation ${edge.replaceAll("|", " ")} is not in the graph`);
const noSentence = (ref: { article: string; start: number; end: number }) =>
  `the sentence at ${ref.start}–${ref.end} of ${ref.article} is not among its evidence`;

export function rejectEdge(graph: CurationGraph, op: RejectEdgeOperation, touched: Touched): Result {
  if (!graph.hasEdge(op.edge)) return noRelation(op.edge);
  const [source, target] = graph.extremities(op.edge);
  touched.nodes.add(source).add(target);
  graph.dropEdge(op.edge);
  return applied;
}

export function rejectEvidence(graph: CurationGraph, op: RejectEvidenceOperation, touched: Touched): Result {
  if (!graph.hasEdge(op.edge)) return noRelation(op.edge);
  const evidence = graph.getEdgeAttribute(op.edge, "evidence") ?? [];
  const kept = evidence.filter((e) => !sameEvidence(e, op.evidence));
  if (kept.length === evidence.length) return skipped(noSentence(op.evidence));
  const [source, target] = graph.extremities(op.edge);
  touched.nodes.add(source).add(target);
  setEvidence(graph, op.edge, kept, evidence.length - kept.length);
  return applied;
}

export function confirmEvidence(graph: CurationGraph, op: ConfirmEvidenceOperation): Result {
  if (!graph.hasEdge(op.edge)) return noRelation(op.edge);
  const evidence = graph.getEdgeAttribute(op.edge, "evidence") ?? [];
  const at = evidence.findIndex((e) => sameEvidence(e, op.evidence));
  if (at < 0) return skipped(noSentence(op.evidence));
  if (evidence[at]!.confirmed) return unchanged;
  const next = evidence.map((e, i): Evidence => (i === at ? { ...e, confirmed: true } : e));
  graph.setEdgeAttribute(op.edge, "evidence", next);
  return applied;
}

export function addEdge(graph: CurationGraph, op: AddEdgeOperation, touched: Touched): Result {
  for (const node of [op.source, op.target])
    if (!graph.hasNode(node)) return skipped(`${node} is not in the graph`);
  const article = (graph.getAttribute("articles") ?? []).find((a) => a.id === op.evidence.article);
  if (!article) return skipped(`the article ${op.evidence.article} is not in the graph`);
  let { start, end } = op.evidence;
  if (article.text.slice(start, end) !== op.evidence.sentence) {
    // The article was edited: the passage is still evidence wherever it now is, if it is there once.
    const found = article.text.indexOf(op.evidence.sentence);
    if (found < 0 || article.text.indexOf(op.evidence.sentence, found + 1) >= 0)
      return skipped(`the passage is no longer in ${article.id} (“${op.evidence.sentence.slice(0, 60)}”)`);
    start = found;
    end = found + op.evidence.sentence.length;
  }
  const key = edgeKey(op.source, op.action, op.target);
  const place = { article: article.id, start, end };
  if (graph.hasEdge(key) && graph.getEdgeAttribute(key, "evidence").some((e) => sameEvidence(e, place)))
    return unchanged;
  // The contract's key order (graph/merge/evidence.ts), so the bytes are the same however it was made.
  const evidence: Evidence = {
    article: article.id,
    sentence: op.evidence.sentence,
    start,
    end,
    modality: op.evidence.modality ?? "asserted",
    rule: MANUAL_RULE,
  };
  const attributes: EdgeAttributes = {
    action: op.action,
    cameo: CAMEO[op.action] ?? null,
    weight: 1,
    evidence: [evidence],
  };
  addRelation(graph, op.source, op.target, attributes, touched);
  return applied;
}

export function addNote(graph: CurationGraph, op: NoteOperation): Result {
  const note = op.author ? { text: op.text, at: op.at, author: op.author } : { text: op.text, at: op.at };
  const same = (n: { text: string; at: string }) => n.text === note.text && n.at === note.at;
  if (op.node !== undefined) {
    if (!graph.hasNode(op.node)) return skipped(`${op.node} is not in the graph`);
    const notes = graph.getNodeAttribute(op.node, "notes") ?? [];
    if (notes.some(same)) return unchanged;
    graph.setNodeAttribute(op.node, "notes", [...notes, note]);
    return applied;
  }
  const edge = op.edge!;
  if (!graph.hasEdge(edge)) return noRelation(edge);
  const notes = graph.getEdgeAttribute(edge, "notes") ?? [];
  if (notes.some(same)) return unchanged;
  graph.setEdgeAttribute(edge, "notes", [...notes, note]);
  return applied;
}
