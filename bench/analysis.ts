// `npx tsx bench/analysis.ts [nodes] [edges]`: the explorer's analysis (issue 12) on a synthetic graph of
// 10,000 nodes and 40,000 edges by default — what the Insights panel, the paths, the colours and the table
// compute when the view changes, and the full-text index — as milliseconds per step. Numbers only.
import Graph from "graphology";
import {
  buildTextIndex,
  communityColors,
  edgeRows,
  filterRows,
  mostActive,
  mostTargeted,
  nodeRows,
  rankByMetric,
  shortestPaths,
  sortRows,
  wholeGraphScope,
} from "../graph/analysis/index.ts";
import { buildSearchIndex, search } from "../graph/view/search.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { syntheticGraph } from "../tests/e2e/synthetic.ts";

export interface AnalysisBenchRow {
  step: string;
  ms: number;
}

function timed<T>(rows: AnalysisBenchRow[], step: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  rows.push({ step, ms: Math.round((performance.now() - start) * 10) / 10 });
  return result;
}

export function runAnalysisBench(order = 10_000, size = 40_000): AnalysisBenchRow[] {
  const graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true }) as unknown as NewsGraph;
  graph.import(syntheticGraph(order, size, 7) as never);
  const rows: AnalysisBenchRow[] = [];
  const scope = timed(rows, "scope of the view", () => wholeGraphScope(graph));
  timed(rows, "insights: most active (blocks)", () => mostActive(scope, "blocks"));
  timed(rows, "insights: most targeted platforms", () => mostTargeted(scope));
  timed(rows, "insights: degree ranking", () => rankByMetric(scope, "degree"));
  timed(rows, "insights: PageRank ranking", () => rankByMetric(scope, "pagerank"));
  timed(rows, "insights: betweenness ranking", () => rankByMetric(scope, "betweenness"));
  timed(rows, "colour by community (Louvain)", () => communityColors(scope));
  const [from, to] = [graph.nodes()[0]!, graph.nodes()[order - 1]!];
  timed(rows, "paths between two nodes (k = 5)", () => shortestPaths(scope, from, to, { k: 5 }));
  const edges = timed(rows, "table: relation rows", () => edgeRows(scope));
  timed(rows, "table: sort relations by sentences", () =>
    sortRows(edges, { column: "sentences", direction: "desc" }),
  );
  timed(rows, "table: filter relations", () => filterRows(edges, "gov", ["subject", "action", "object"]));
  timed(rows, "table: node rows", () => nodeRows(scope));
  const text = timed(rows, "full text: index evidence and articles", () => buildTextIndex(graph));
  timed(rows, 'full text: search "telgram"', () => text.search("telgram"));
  const labels = buildSearchIndex(graph);
  timed(rows, 'label search: fuzzy "telgram"', () => search(labels, "telgram"));
  return rows;
}

/** Runs the analysis bench and prints one line per step. */
export function printAnalysisBench(order = 10_000, size = 40_000): void {
  const rows = runAnalysisBench(order, size);
  console.log(`Explorer analysis, ${order} nodes, ${size} edges (ms per step):`);
  for (const row of rows) console.log(`  ${row.step.padEnd(44)} ${String(row.ms).padStart(8)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [order, size] = process.argv.slice(2).map(Number);
  printAnalysisBench(order || undefined, size || undefined);
}
