import type { NewsGraph } from "../merge/index.ts";
import { ACTIONS, type ArticleExtraction } from "../types.ts";

export interface BuildReport {
  out: string;
  seconds: number;
  articles: number;
  problems: number;
  extractions: readonly ArticleExtraction[];
  /** Distinct entities found, before isolated ones are left out of the graph. */
  entities: number;
  graph: NewsGraph;
}

/** The closing lines of a build on stderr: what went in, what came out, how long it took. */
export function formatSummary(report: BuildReport): string {
  const { graph } = report;
  const sentences = report.extractions.reduce((sum, x) => sum + x.sentences, 0);
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
    `Built ${report.out} in ${report.seconds.toFixed(1)} s: ${count(report.articles, "article")}, ` +
      `${count(sentences, "sentence")}, ${count(report.entities, "entity", "entities")} ` +
      `(${graph.order} in the graph), ${count(relations, "relation")} on ${count(graph.size, "edge")}`,
  ];
  const byAction = ACTIONS.filter((a) => perAction.has(a)).map((a) => {
    const { relations, edges } = perAction.get(a)!;
    return `${a} ${relations} (${count(edges, "edge")})`;
  });
  if (byAction.length > 0) lines.push(`  relations by action: ${byAction.join(", ")}`);
  if (report.problems > 0) lines.push(`  ${count(report.problems, "input problem")} (listed above)`);
  return lines.join("\n") + "\n";
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
