// Curvatures that keep parallel edges apart: "blocks" and "restricts" from the Russian government to
// WhatsApp, or an accusation back in the other direction, each get their own arc.
import type { NewsGraph } from "../types.ts";

/**
 * For every edge sharing its two ends with another edge (either direction), a curvature (0 = straight)
 * such that the arcs fan out symmetrically. Edges alone between their ends are not in the map.
 */
export function parallelEdgeCurvatures(graph: NewsGraph, step = 0.5): Map<string, number> {
  const byPair = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target) return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = byPair.get(pair);
    if (list) list.push(edge);
    else byPair.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of byPair.values()) {
    const n = edges.length;
    if (n < 2) continue;
    edges.forEach((edge, i) => {
      // Offsets in the frame of the pair (lower key → higher key): ±0.5 for two; -1, 0, +1 for three …
      const inPairFrame = (i - (n - 1) / 2) * step;
      // A curvature bends to the left of the edge's own direction, so reversed edges take the opposite sign.
      const source = graph.source(edge);
      const target = graph.target(edge);
      curvatures.set(edge, source < target ? inPairFrame : -inPairFrame);
    });
  }
  return curvatures;
}
