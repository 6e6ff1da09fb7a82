// A node's relations grouped by action and direction, for the details panel:
// "blocks → WhatsApp, Telegram, Signal", "← restricts: Roskomnadzor".
import { ACTIONS, type Evidence, type NewsGraph } from "../types.ts";
import type { EdgeRef } from "./types.ts";

export type Direction = "out" | "in";

export interface Relation {
  edge: string;
  /** The node at the other end. */
  other: string;
  otherLabel: string;
  weight: number;
  evidence: Evidence[];
}

export interface RelationGroup {
  action: string;
  direction: Direction;
  relations: Relation[];
}

/** Vocabulary order, unknown actions after it alphabetically. */
export function compareActions(a: string, b: string): number {
  const ia = (ACTIONS as readonly string[]).indexOf(a);
  const ib = (ACTIONS as readonly string[]).indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a.localeCompare(b);
}

/** The node's relations, grouped; `onlyEdges` restricts them to a set (e.g. the visible edges). */
export function groupRelations(
  graph: NewsGraph,
  node: string,
  onlyEdges?: ReadonlySet<string>,
): RelationGroup[] {
  if (!graph.hasNode(node)) return [];
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    if (onlyEdges && !onlyEdges.has(edge)) return;
    // A self-loop is listed once, as outgoing.
    const direction: Direction = source === node ? "out" : "in";
    const other = direction === "out" ? target : source;
    const id = `${direction} ${attributes.action}`;
    let group = groups.get(id);
    if (!group) {
      group = { action: attributes.action, direction, relations: [] };
      groups.set(id, group);
    }
    group.relations.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, "label") ?? other,
      weight: attributes.weight ?? attributes.evidence?.length ?? 0,
      evidence: attributes.evidence ?? [],
    });
  });
  const result = [...groups.values()];
  for (const group of result) {
    group.relations.sort((a, b) => b.weight - a.weight || a.otherLabel.localeCompare(b.otherLabel));
  }
  result.sort(
    (a, b) =>
      compareActions(a.action, b.action) ||
      (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1),
  );
  return result;
}

/** The edge an `EdgeRef` names (the first if the file has duplicates), or null. */
export function findEdge(graph: NewsGraph, ref: EdgeRef): string | null {
  if (!graph.hasNode(ref.source) || !graph.hasNode(ref.target)) return null;
  for (const edge of graph.outEdges(ref.source, ref.target)) {
    if (graph.getEdgeAttribute(edge, "action") === ref.action) return edge;
  }
  return null;
}

export function edgeRef(graph: NewsGraph, edge: string): EdgeRef {
  return {
    source: graph.source(edge),
    action: graph.getEdgeAttribute(edge, "action"),
    target: graph.target(edge),
  };
}

/** Human wording of an action: "modeled_on" → "modeled on". */
export function actionLabel(action: string): string {
  return action.replace(/_/g, " ");
}

const PASSIVE: Readonly<Record<string, string>> = {
  blocks: "blocked by",
  restricts: "restricted by",
  bans: "banned by",
  accuses: "accused by",
  criticizes: "criticized by",
  promotes: "promoted by",
  mandates: "mandated by",
  fines: "fined by",
  owns: "owned by",
  founded: "founded by",
  represents: "represented by",
  modeled_on: "model for",
  alternative_to: "has as alternative",
};

/** How an incoming relation reads from its object's side: "blocks" → "blocked by". */
export function passiveActionLabel(action: string): string {
  return (Object.hasOwn(PASSIVE, action) ? PASSIVE[action] : undefined) ?? `${actionLabel(action)} (by)`;
}
