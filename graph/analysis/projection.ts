// Simple graphs of a scope for the graphology algorithms: one edge per pair of nodes (per direction when
// directed), weighted by the evidence behind the parallel relations it stands for. The news graph is a
// multigraph (blocks and restricts between the same two), which PageRank, Brandes and Louvain read as one tie.
import Graph from "graphology";
import type { AnalysisScope } from "./types.ts";

export type Projection = Graph<Record<string, never>, { weight: number }>;

export function simpleProjection(scope: AnalysisScope, type: "directed" | "undirected"): Projection {
  const projection: Projection = new Graph({ type, multi: false, allowSelfLoops: false });
  for (const node of scope.nodes) if (scope.graph.hasNode(node)) projection.addNode(node);
  for (const edge of scope.edges) {
    if (!scope.graph.hasEdge(edge)) continue;
    const [source, target] = scope.graph.extremities(edge);
    if (source === target || !projection.hasNode(source) || !projection.hasNode(target)) continue;
    // An edge in the view counts once at least, even from a file whose edges carry no evidence.
    const weight = Math.max(1, scope.weightOf(edge));
    projection.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  return projection;
}
