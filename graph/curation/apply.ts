// Applying a curation to a built graph: the operations in order, each reporting what became of it, then the
// clean-up they call for (nodes left without relations go, as the builder leaves them out; sizes follow the
// new degrees; nodes split out are placed beside their neighbours). Deterministic, and idempotent: applying
// the same curation to its own result changes nothing.
import { placeAddedNodes } from "../layout/place.ts";
import { addEdge, addNote, confirmEvidence, rejectEdge, rejectEvidence } from "./edge-ops.ts";
import { resize, type CurationGraph, type Touched } from "./graph-ops.ts";
import { classify, merge, rename, split, type Result } from "./node-ops.ts";
import type { CurationFile, CurationOperation, OperationOutcome } from "./types.ts";

function applyOperation(graph: CurationGraph, op: CurationOperation, touched: Touched): Result {
  switch (op.op) {
    case "merge":
      return merge(graph, op, touched);
    case "split":
      return split(graph, op, touched);
    case "rename":
      return rename(graph, op, touched);
    case "classify":
      return classify(graph, op);
    case "reject-edge":
      return rejectEdge(graph, op, touched);
    case "reject-evidence":
      return rejectEvidence(graph, op, touched);
    case "confirm-evidence":
      return confirmEvidence(graph, op);
    case "add-edge":
      return addEdge(graph, op, touched);
    case "note":
      return addNote(graph, op);
  }
}

/** Applies `curation` to `graph` in place and says what became of each operation. */
export function applyCuration(graph: CurationGraph, curation: CurationFile): OperationOutcome[] {
  const touched: Touched = { nodes: new Set(), created: [] };
  const outcomes = curation.operations.map((op, index) => ({ index, ...applyOperation(graph, op, touched) }));
  // The builder leaves out entities without relations unless asked to keep them; so does a curation.
  const keepIsolated = graph.getAttribute("builtWith")?.options?.keepIsolated !== false;
  if (!keepIsolated) {
    for (const node of touched.nodes)
      if (graph.hasNode(node) && graph.degree(node) === 0) graph.dropNode(node);
  }
  resize(graph, touched.nodes);
  const created = touched.created.filter((node) => graph.hasNode(node));
  if (created.length > 0) placeAddedNodes(graph, created);
  if (curation.operations.length > 0) graph.setAttribute("curation", curation);
  else graph.removeAttribute("curation");
  return outcomes;
}

/** One line per operation that no longer applies: `operation 3 (reject-edge, 2026-12-02T10:30:00Z): …`. */
export function describeSkipped(curation: CurationFile, outcomes: readonly OperationOutcome[]): string[] {
  return outcomes
    .filter((outcome) => outcome.status === "skipped")
    .map((outcome) => {
      const op = curation.operations[outcome.index]!;
      return `operation ${outcome.index + 1} (${op.op}, ${op.at}${op.author ? `, ${op.author}` : ""}) no longer applies: ${outcome.reason}`;
    });
}
