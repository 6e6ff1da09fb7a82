// Rankings on the current view: who does an action to the most others (most active actors per action),
// which platforms the most actors act against (most targeted), each row with the sources behind it.
import type { AnalysisScope, RankingRow } from "./types.ts";
import { SourceTally } from "./sources.ts";

/** Biggest value first, then the better backed (articles, publishers, sentences), then by label. */
export function compareRows(a: RankingRow, b: RankingRow): number {
  return (
    b.value - a.value ||
    b.articles - a.articles ||
    b.publishers - a.publishers ||
    b.sentences - a.sentences ||
    a.label.localeCompare(b.label) ||
    (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)
  );
}

interface Group {
  tally: SourceTally;
  /** Per node at the other end, the evidence sentences behind its relations to this one. */
  others: Map<string, number>;
}

/**
 * Groups the scope's edges by the node `pick` says they count for (and the node at their other end), and
 * ranks the nodes by how many distinct others they have. Edges `pick` returns null for do not count.
 */
export function rankBy(
  scope: AnalysisScope,
  pick: (edge: string, source: string, target: string) => { node: string; other: string } | null,
): RankingRow[] {
  const { graph } = scope;
  const groups = new Map<string, Group>();
  for (const edge of scope.edges) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    const picked = pick(edge, source, target);
    if (!picked) continue;
    let group = groups.get(picked.node);
    if (!group) {
      group = { tally: new SourceTally(scope.publisherOf), others: new Map() };
      groups.set(picked.node, group);
    }
    const evidence = scope.evidenceOf(edge);
    group.tally.add(evidence);
    group.others.set(picked.other, (group.others.get(picked.other) ?? 0) + Math.max(1, evidence.length));
  }
  const label = (node: string) => graph.getNodeAttribute(node, "label") ?? node;
  const rows: RankingRow[] = [];
  for (const [node, group] of groups) {
    const others = [...group.others].sort((a, b) => b[1] - a[1] || label(a[0]).localeCompare(label(b[0])));
    rows.push({
      node,
      label: label(node),
      value: others.length,
      others: others.map(([o]) => o),
      ...group.tally.count(),
    });
  }
  return rows.sort(compareRows);
}

/** Who does `action` to the most distinct others in the view (value: how many they do it to). */
export function mostActive(scope: AnalysisScope, action: string): RankingRow[] {
  return rankBy(scope, (edge, source, target) =>
    scope.graph.getEdgeAttribute(edge, "action") === action ? { node: source, other: target } : null,
  );
}

/**
 * CAMEO's conflict events: roots 09–20 (verbal conflict: investigate, demand, disapprove, reject, threaten;
 * material conflict: protest … coerce, assault). The edge's own code says it, so no action list is kept here.
 */
export function isConflictEvent(cameo: string | null | undefined): boolean {
  if (!cameo || !/^\d{2}/.test(cameo)) return false;
  const root = Number(cameo.slice(0, 2));
  return root >= 9 && root <= 20;
}

/** Platforms the most distinct actors act against (conflict events: blocks, restricts, bans, fines, accuses, …). */
export function mostTargeted(scope: AnalysisScope): RankingRow[] {
  const { graph } = scope;
  return rankBy(scope, (edge, source, target) =>
    graph.getNodeAttribute(target, "kind") === "platform" &&
    source !== target &&
    isConflictEvent(graph.getEdgeAttribute(edge, "cameo"))
      ? { node: target, other: source }
      : null,
  );
}

/** The actions present in the scope, with how many edges each has. */
export function actionsInScope(scope: AnalysisScope): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of scope.edges) {
    if (!scope.graph.hasEdge(edge)) continue;
    const action = scope.graph.getEdgeAttribute(edge, "action");
    counts.set(action, (counts.get(action) ?? 0) + 1);
  }
  return counts;
}
