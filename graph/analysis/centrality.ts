// Node metrics on the view — degree, weighted degree, PageRank, betweenness (graphology-metrics) — and
// rankings by them, each row with the sources behind the node's visible relations.
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";
import { seededRandom } from "../random.ts";
import { simpleProjection, type Projection } from "./projection.ts";
import { compareRows } from "./rankings.ts";
import { SourceTally } from "./sources.ts";
import type { AnalysisScope, Metric, RankingRow } from "./types.ts";

export const METRICS: readonly Metric[] = ["degree", "weightedDegree", "pagerank", "betweenness"];

/**
 * Exact betweenness costs a breadth-first search from every node (28 s at 10,000 nodes and 40,000 edges);
 * past this many nodes it is estimated from `BETWEENNESS_PIVOTS` seeded sources (Brandes and Pich, 2007),
 * as networkx's `betweenness_centrality(k=…)` does.
 */
export const EXACT_BETWEENNESS_UP_TO = 2_000;
export const BETWEENNESS_PIVOTS = 100;

/** True when the scope's betweenness is an estimate from sampled sources. */
export function betweennessIsEstimated(scope: AnalysisScope): boolean {
  return scope.nodes.size > EXACT_BETWEENNESS_UP_TO;
}

/** Betweenness from `pivots` sources drawn with a seed, scaled to the whole, normalised like the library's. */
export function estimatedBetweenness(
  projection: Projection,
  pivots: number,
  seed = 12,
): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(projection) as unknown as ((
    source: number,
  ) => [{ size: number; items: ArrayLike<number>; pop: () => number }, number[][], Uint32Array]) & {
    index: { collect: (values: Float64Array) => Record<string, number> };
  };
  const n = projection.order;
  const order = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const centralities = new Float64Array(n);
  const delta = new Float64Array(n);
  for (const source of order.slice(0, pivots)) {
    const [stack, predecessors, paths] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]!) / paths[w]!;
      for (const v of predecessors[w]!) delta[v]! += paths[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / Math.min(pivots, n) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i]! *= scale;
  return brandes.index.collect(centralities);
}

/**
 * Each visible node's value:
 * - degree: visible relations touching it (each (subject, action, object) once);
 * - weightedDegree: the evidence items behind them;
 * - pagerank: PageRank over the directed ties weighted by evidence (α 0.85), a node acted on by nodes that
 *   are themselves acted on ranks high;
 * - betweenness: normalised betweenness over the undirected ties, in hops — the brokers on shortest paths
 *   (estimated from sampled sources on big views, see EXACT_BETWEENNESS_UP_TO).
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
      : projection.order > EXACT_BETWEENNESS_UP_TO
        ? estimatedBetweenness(projection, BETWEENNESS_PIVOTS)
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
