// Small graphs with known answers for the analysis tests.
import type { ArticleMeta, Evidence } from "../graph/types.ts";
import type { NewsGraph } from "../graph/view/types.ts";
import { tinyGraph } from "./view-helpers.ts";

/** CAMEO codes as the builder gives them (graph/lexicon/actions.json); structural relations have none. */
export const CAMEO: Record<string, string | null> = {
  blocks: "1721",
  restricts: "1721",
  bans: "172",
  fines: "172",
  accuses: "112",
  criticizes: "111",
  promotes: "050",
};

export function article(id: string, meta: Partial<ArticleMeta> = {}): ArticleMeta {
  return { id, title: id, date: null, url: null, publisher: null, words: 0, text: "", ...meta };
}

/** `tinyGraph` with articles and CAMEO codes: edges are [subject, action, object, evidence articles…]. */
export function newsGraph(
  nodes: [key: string, kind: "actor" | "platform", category?: string][],
  edges: [source: string, action: string, target: string, ...evidence: (string | Partial<Evidence>)[]][],
  articles: ArticleMeta[] = [],
): NewsGraph {
  const graph = tinyGraph(
    nodes.map(([key, kind, category]) => [
      key,
      kind,
      category ?? (kind === "actor" ? "government" : "messenger"),
    ]),
    edges.map(([source, action, target, ...evidence]) => [
      source,
      action,
      target,
      evidence.length === 0
        ? undefined
        : evidence.map((e, i) =>
            typeof e === "string" ? { article: e, start: i * 10, end: i * 10 + 5 } : e,
          ),
    ]),
  );
  graph.forEachEdge((edge, attributes) =>
    graph.setEdgeAttribute(edge, "cameo", CAMEO[attributes.action] ?? null),
  );
  graph.setAttribute("articles", articles);
  return graph;
}
