// Operations on nodes: merge, split an alias out, rename, classify. Each returns what it did; none throws
// on a graph that lacks what it names (a rebuild may no longer find an entity): it says so instead.
import { slugify } from "../merge/slug.ts";
import { categoryColor } from "../palette.ts";
import type { NodeAttributes } from "../types.ts";
import {
  addRelation,
  mentions,
  mergeNotes,
  setEvidence,
  sortedAliases,
  type CurationGraph,
  type Touched,
} from "./graph-ops.ts";
import type {
  ClassifyOperation,
  MergeOperation,
  OperationOutcome,
  RenameOperation,
  SplitOperation,
} from "./types.ts";

export type Result = Omit<OperationOutcome, "index">;

const applied: Result = { status: "applied" };
const unchanged: Result = { status: "unchanged" };
const skipped = (reason: string): Result => ({ status: "skipped", reason });

/** Moves every relation of `from` to `to` (evidence merged into relations `to` has already), then drops `from`. */
function absorb(graph: CurationGraph, from: string, to: string, touched: Touched): void {
  for (const edge of graph.edges(from)) {
    const [source, target] = graph.extremities(edge);
    const attributes = graph.getEdgeAttributes(edge);
    addRelation(graph, source === from ? to : source, target === from ? to : target, attributes, touched);
  }
  graph.dropNode(from);
}

export function merge(graph: CurationGraph, op: MergeOperation, touched: Touched): Result {
  const present = op.nodes.filter((node) => node !== op.into && graph.hasNode(node));
  if (present.length === 0) {
    if (graph.hasNode(op.into)) return unchanged;
    return skipped(`none of ${[op.into, ...op.nodes].join(", ")} is in the graph`);
  }
  if (!graph.hasNode(op.into)) {
    // A rebuild lacks the node that stayed: the first one there takes its key, label and kind.
    const first = graph.getNodeAttributes(present[0]!);
    const kind = op.kind ?? first.kind;
    const category = op.category ?? first.category;
    // It takes the place of the first node, so it needs no placing.
    graph.addNode(op.into, {
      ...first,
      label: op.label ?? first.label,
      kind,
      category,
      aliases: [],
      mentions: 0,
      color: categoryColor(kind, category),
    });
  }
  const into = graph.getNodeAttributes(op.into);
  const names = [...into.aliases];
  let mentionCount = into.mentions ?? 0;
  let notes = into.notes;
  for (const node of present) {
    const attributes = graph.getNodeAttributes(node);
    names.push(attributes.label, ...(attributes.aliases ?? []));
    mentionCount += attributes.mentions ?? 0;
    notes = mergeNotes(notes, attributes.notes);
    absorb(graph, node, op.into, touched);
  }
  if (into.label !== names[0] || !names.includes(into.label)) names.push(into.label);
  const next: Partial<NodeAttributes> = { aliases: sortedAliases(names), mentions: mentionCount };
  if (notes) next.notes = notes;
  graph.mergeNodeAttributes(op.into, next);
  touched.nodes.add(op.into);
  return applied;
}

export function split(graph: CurationGraph, op: SplitOperation, touched: Touched): Result {
  if (!graph.hasNode(op.node)) return skipped(`${op.node} is not in the graph`);
  const node = graph.getNodeAttributes(op.node);
  const label = op.label ?? op.alias;
  const key = slugify(label);
  if (!(node.aliases ?? []).includes(op.alias)) {
    return graph.hasNode(key) && key !== op.node
      ? unchanged
      : skipped(`${node.label} has no alias "${op.alias}"`);
  }
  if (op.alias === node.label) return skipped(`"${op.alias}" is the label of ${op.node}: rename it instead`);
  if (key === op.node)
    return skipped(`"${label}" would have the key of ${op.node} itself; give another label`);
  if (!graph.hasNode(key)) {
    const kind = op.kind ?? node.kind;
    const category = op.category ?? node.category;
    graph.addNode(key, {
      label,
      kind,
      category,
      aliases: sortedAliases([op.alias, label]),
      mentions: 0,
      x: node.x,
      y: node.y,
      size: node.size,
      color: categoryColor(kind, category),
    });
    touched.created.push(key);
  } else {
    const other = graph.getNodeAttributes(key);
    graph.setNodeAttribute(key, "aliases", sortedAliases([...(other.aliases ?? []), op.alias]));
  }
  // Evidence that names the alias and none of the node's other names was about the other entity.
  const otherNames = [node.label, ...(node.aliases ?? [])].filter(
    (name) => name !== op.alias && !mentions(op.alias, name),
  );
  const isAboutAlias = (sentence: string) =>
    mentions(sentence, op.alias) && !otherNames.some((name) => mentions(sentence, name));
  let moved = 0;
  for (const edge of graph.edges(op.node)) {
    const [source, target] = graph.extremities(edge);
    const attributes = graph.getEdgeAttributes(edge);
    const leaving = attributes.evidence.filter((e) => isAboutAlias(e.sentence));
    if (leaving.length === 0) continue;
    moved += leaving.length;
    const staying = attributes.evidence.filter((e) => !leaving.includes(e));
    const { evidenceTotal: _total, ...rest } = attributes;
    addRelation(
      graph,
      source === op.node ? key : source,
      target === op.node ? key : target,
      { ...rest, weight: leaving.length, evidence: leaving },
      touched,
    );
    setEvidence(graph, edge, staying, leaving.length);
  }
  const share = Math.min(node.mentions ?? 0, Math.max(1, moved));
  graph.mergeNodeAttributes(op.node, {
    aliases: node.aliases.filter((alias) => alias !== op.alias),
    mentions: (node.mentions ?? 0) - share,
  });
  graph.setNodeAttribute(key, "mentions", (graph.getNodeAttribute(key, "mentions") ?? 0) + share);
  touched.nodes.add(op.node).add(key);
  return applied;
}

export function rename(graph: CurationGraph, op: RenameOperation, touched: Touched): Result {
  const key = slugify(op.label);
  if (!graph.hasNode(op.node)) {
    if (graph.hasNode(key) && graph.getNodeAttribute(key, "label") === op.label) return unchanged;
    return skipped(`${op.node} is not in the graph`);
  }
  const node = graph.getNodeAttributes(op.node);
  if (node.label === op.label && key === op.node) return unchanged;
  if (key !== op.node && graph.hasNode(key))
    return skipped(
      `a node named "${graph.getNodeAttribute(key, "label")}" exists already: merge the two instead`,
    );
  const renamed: NodeAttributes = {
    ...node,
    label: op.label,
    aliases: sortedAliases([...node.aliases, node.label, op.label]),
  };
  if (key === op.node) {
    graph.replaceNodeAttributes(op.node, renamed);
  } else {
    // The key is the slug of the name, as the builder gives it, so a lexicon made of this finds the same node.
    graph.addNode(key, renamed);
    absorb(graph, op.node, key, touched);
  }
  touched.nodes.add(key);
  return applied;
}

export function classify(graph: CurationGraph, op: ClassifyOperation): Result {
  if (!graph.hasNode(op.node)) return skipped(`${op.node} is not in the graph`);
  const node = graph.getNodeAttributes(op.node);
  const kind = op.kind ?? node.kind;
  const category = op.category ?? node.category;
  if (kind === node.kind && category === node.category) return unchanged;
  graph.mergeNodeAttributes(op.node, { kind, category, color: categoryColor(kind, category) });
  return applied;
}
