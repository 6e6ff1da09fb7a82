import type { NewsGraph } from "../types.ts";
import { ACTIONS } from "../types.ts";

export interface BuildReport {
  /** "Built" or "Merged". */
  verb: string;
  out: string;
  seconds: number;
  articles: number;
  problems: number;
  /** Sentences of the articles extracted. */
  sentences: number;
  /** Distinct entities found, before isolated ones are left out of the graph. */
  entities: number;
  graph: NewsGraph;
  /** How the articles' extractions were had; absent for a merge, which extracts nothing. */
  cache?: CacheTally;
}

export interface CacheTally {
  /** The cache folder, or null with --no-cache. */
  dir: string | null;
  reused: number;
  extracted: number;
}

/** The closing lines of a build on stderr: what went in, what came out, how long it took. */
export function formatSummary(report: BuildReport): string {
  const { graph } = report;
  const { sentences } = report;
  const perAction = new Map<string, { relations: number; edges: number }>();
  let relations = 0;
  graph.forEachEdge((_edge, { action, weight }) => {
    const tally = perAction.get(action) ?? { relations: 0, edges: 0 };
    tally.relations += weight;
    tally.edges += 1;
    perAction.set(action, tally);
    relations += weight;
  });
  const lines = [
    `${report.verb} ${report.out} in ${report.seconds.toFixed(1)} s: ${count(report.articles, "article")}, ` +
      `${count(sentences, "sentence")}, ${count(report.entities, "entity", "entities")} ` +
      `(${graph.order} in the graph), ${count(relations, "relation")} on ${count(graph.size, "edge")}`,
  ];
  const byAction = ACTIONS.filter((a) => perAction.has(a)).map((a) => {
    const { relations, edges } = perAction.get(a)!;
    return `${a} ${relations} (${count(edges, "edge")})`;
  });
  if (byAction.length > 0) lines.push(`  relations by action: ${byAction.join(", ")}`);
  if (report.cache) lines.push(`  ${cacheLine(report.cache)}`);
  if (report.problems > 0) lines.push(`  ${count(report.problems, "input problem")} (listed above)`);
  return lines.join("\n") + "\n";
}

/** "cache: 999 articles reused, 1 extracted (dir)", or "1000 articles extracted (no cache)". */
export function cacheLine({ dir, reused, extracted }: CacheTally): string {
  if (dir === null) return `${count(extracted, "article")} extracted (no cache)`;
  return `cache: ${count(reused, "article")} reused, ${extracted} extracted (${dir})`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
