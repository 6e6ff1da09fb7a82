// Adding articles to a graph in place of a rebuild: the resolution of the new articles (graph/merge's
// resolve, run in a worker) merged into a copy of the graph. New nodes are placed beside their neighbours,
// existing ones gain aliases and mentions, edges gain evidence that points to the new articles.
import { articleMetas } from "../merge/articles.ts";
import { capEvidence, DEFAULT_MAX_EVIDENCE, mergeEdgeEvidence } from "../merge/evidence.ts";
import { seenAttributes, seenSpan } from "../time/span.ts";
import type { Resolution } from "../merge/resolve.ts";
import { hash32 } from "../hash.ts";
import { nodeSize } from "../layout/index.ts";
import { byCodeUnit } from "../order.ts";
import { categoryColor } from "../palette.ts";
import type { Article, NewsGraph } from "../types.ts";
import { contractCopy, type ContractGraph } from "../export/contract.ts";

export interface MergeResult {
  graph: ContractGraph;
  addedNodes: string[];
  addedEdges: string[];
  /** Existing edges that gained evidence. */
  updatedEdges: string[];
  articles: string[];
}

/** An article id not yet in `taken`: "pasted.txt", "pasted (2).txt", … */
export function uniqueArticleId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  const dot = id.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [id.slice(0, dot), id.slice(dot)] : [id, ""];
  for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
}

/** The evidence cap of the graph's build (builtWith.options.maxEvidence), else the builder's default. */
function graphMaxEvidence(graph: NewsGraph): number {
  const value = graph.getAttribute("builtWith")?.options?.maxEvidence;
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_EVIDENCE;
}

export function mergeArticles(
  graph: NewsGraph,
  articles: readonly Article[],
  resolution: Resolution,
): MergeResult {
  const merged = contractCopy(graph);
  const maxEvidence = graphMaxEvidence(graph);
  const metas = merged.getAttribute("articles");
  merged.setAttribute(
    "articles",
    [...metas.filter((a) => !articles.some((n) => n.id === a.id)), ...articleMetas(articles)].sort((a, b) =>
      byCodeUnit(a.id, b.id),
    ),
  );

  const addedNodes: string[] = [];
  const related = new Set(resolution.edges.flatMap((e) => [e.source, e.target]));
  for (const node of resolution.nodes) {
    if (merged.hasNode(node.key)) {
      const existing = merged.getNodeAttributes(node.key);
      merged.mergeNodeAttributes(node.key, {
        aliases: [...new Set([...existing.aliases, ...node.aliases])].sort(byCodeUnit),
        mentions: existing.mentions + node.mentions,
      });
    } else if (related.has(node.key)) {
      const { key, label, kind, category, aliases, mentions } = node;
      merged.addNode(key, {
        label,
        kind,
        category,
        aliases,
        mentions,
        x: NaN,
        y: NaN,
        size: 0,
        color: categoryColor(kind, category),
      });
      addedNodes.push(key);
    }
  }

  const addedEdges: string[] = [];
  const updatedEdges: string[] = [];
  for (const edge of resolution.edges) {
    const existing = merged
      .outEdges(edge.source, edge.target)
      .find((e) => merged.getEdgeAttribute(e, "action") === edge.action);
    const found = {
      weight: edge.evidenceTotal ?? edge.evidence.length,
      evidence: edge.evidence,
      evidenceTotal: edge.evidenceTotal,
    };
    if (existing) {
      // Deduplicated and capped as the builder does, at the cap the graph was built with.
      const { weight, evidence, evidenceTotal } = mergeEdgeEvidence(
        merged.getEdgeAttributes(existing),
        found,
        maxEvidence,
      );
      const before = merged.getEdgeAttributes(existing);
      // The span covers what was seen before (evidence a cap dropped included) and what was added.
      const span = seenSpan([
        before.firstSeen,
        before.lastSeen,
        edge.firstSeen,
        edge.lastSeen,
        ...evidence.map((e) => e.date),
      ]);
      merged.mergeEdgeAttributes(existing, { weight, evidence });
      if (evidenceTotal === undefined) merged.removeEdgeAttribute(existing, "evidenceTotal");
      else merged.setEdgeAttribute(existing, "evidenceTotal", evidenceTotal);
      if (span) merged.mergeEdgeAttributes(existing, span);
      updatedEdges.push(existing);
    } else {
      const key = merged.hasEdge(edge.key) ? `${edge.key}#${merged.size}` : edge.key;
      const { weight, evidence, evidenceTotal } = capEvidence(edge.evidence, maxEvidence, found.weight);
      merged.addDirectedEdgeWithKey(key, edge.source, edge.target, {
        action: edge.action,
        cameo: edge.cameo,
        weight,
        evidence,
        ...(evidenceTotal === undefined ? {} : { evidenceTotal }),
        ...(edge.firstSeen && edge.lastSeen
          ? { firstSeen: edge.firstSeen, lastSeen: edge.lastSeen }
          : seenAttributes(evidence)),
      });
      addedEdges.push(key);
    }
  }

  placeNewNodes(merged, addedNodes);
  for (const node of new Set([...addedNodes, ...resolution.edges.flatMap((e) => [e.source, e.target])])) {
    if (merged.hasNode(node))
      merged.setNodeAttribute(node, "size", Math.round(nodeSize(merged.degree(node)) * 100) / 100);
  }
  return { graph: merged, addedNodes, addedEdges, updatedEdges, articles: articles.map((a) => a.id) };
}

/** Beside the placed neighbours (their centre plus a small offset), or on the rim of the layout. */
function placeNewNodes(graph: ContractGraph, nodes: readonly string[]): void {
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    if (!Number.isFinite(a.x)) return;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const placed = Number.isFinite(minX);
  const cx = placed ? (minX + maxX) / 2 : 0;
  const cy = placed ? (minY + maxY) / 2 : 0;
  const radius = placed ? Math.max(maxX - minX, maxY - minY, 50) / 2 : 100;
  const step = radius / 6;
  const pending = [...nodes];
  // Two passes: nodes whose neighbours are new too get placed once those are.
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const node = pending[i]!;
      const angle = (hash32(node) / 2 ** 32) * 2 * Math.PI;
      let sx = 0,
        sy = 0,
        n = 0;
      graph.forEachNeighbor(node, (_m, a) => {
        if (Number.isFinite(a.x) && Number.isFinite(a.y)) {
          sx += a.x;
          sy += a.y;
          n++;
        }
      });
      if (n === 0 && pass < 2) continue;
      const [x, y] =
        n > 0
          ? [sx / n + Math.cos(angle) * step, sy / n + Math.sin(angle) * step]
          : [cx + Math.cos(angle) * radius * 1.1, cy + Math.sin(angle) * radius * 1.1];
      graph.mergeNodeAttributes(node, { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 });
      pending.splice(i, 1);
    }
  }
}
