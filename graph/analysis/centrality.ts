// Node metrics on the view — degree, weighted degree, PageRank, betweenness (graphology-metrics) — and
// rankings by them, each row with the sources behind the node's visible relations.
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { simpleProjection } from "./projection.ts";
import { compareRows } from "./rankings.ts";
import { SourceTally } from "./sources.ts";
import type { AnalysisScope, Metric, RankingRow } from "./types.ts";

export const METRICS: readonly Metric[] = ["degree", "weightedDegree", "pagerank", "betweenness"];

/**
 * Each visible node's value:
 * - degree: visible relations touching it (each (subject, action, object) once);
 * - weightedDegree: the evidence items behind them;
 * - pagerank: PageRank over the directed ties weighted by evidence (α 0.85), a node acted on by nodes that
 *   are themselves acted on ranks high;
 * - betweenness: normalised betweenness over the undirected ties, in hops — the brokers on shortest paths.
 */
export function metricValues(scope: AnalysisScope, metric: Metric): Map<string, number> {
  const values = new Map<string, number>();
  for (const node of scope.nodes) if (scope.graph.hasNode(node)) values.set(node, 0);
  if (metric === "degree" || metric === "weightedDegree") {
    for (const edge of scope.edges) {
      if (!scope.graph.hasEdge(edge)) continue;
      const amount = metric === "degree" ? 1 : scope.weightOf(edge);
      for (const node of new Set(scope.graph.extremities(edge))) {
        if (values.has(node)) values.set(node, values.get(node)! + amount);
      }
    }
    return values;
  }
  if (values.size === 0) return values;
  const projection = simpleProjection(scope, metric === "pagerank" ? "directed" : "undirected");
  const result =
    metric === "pagerank"
      ? pagerank(projection, { getEdgeWeight: "weight", maxIterations: 1000 })
      : betweennessCentrality(projection, { getEdgeWeight: null, normalized: true });
  for (const [node, value] of Object.entries(result)) values.set(node, value);
  return values;
}

/** The visible nodes ranked by a metric; `kind` keeps only actors or only platforms. */
export function rankByMetric(
  scope: AnalysisScope,
  metric: Metric,
  options: { kind?: string; values?: Map<string, number> } = {},
): RankingRow[] {
  const { graph } = scope;
  const values = options.values ?? metricValues(scope, metric);
  const tallies = new Map<string, SourceTally>();
  const others = new Map<string, Set<string>>();
  for (const edge of scope.edges) {
    if (!graph.hasEdge(edge)) continue;
    const [source, target] = graph.extremities(edge);
    const evidence = scope.evidenceOf(edge);
    for (const node of source === target ? [source] : [source, target]) {
      if (!values.has(node)) continue;
      let tally = tallies.get(node);
      if (!tally) tallies.set(node, (tally = new SourceTally(scope.publisherOf)));
      tally.add(evidence);
      if (source === target) continue;
      let set = others.get(node);
      if (!set) others.set(node, (set = new Set()));
      set.add(node === source ? target : source);
    }
  }
  const rows: RankingRow[] = [];
  for (const [node, value] of values) {
    const attributes = graph.getNodeAttributes(node);
    if (options.kind && attributes.kind !== options.kind) continue;
    const counts = tallies.get(node)?.count() ?? { articles: 0, publishers: 0, sentences: 0 };
    rows.push({
      node,
      label: attributes.label ?? node,
      value,
      others: [...(others.get(node) ?? [])],
      ...counts,
    });
  }
  return rows.sort(compareRows);
}
