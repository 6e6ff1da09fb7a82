// Communities of the view by Louvain (graphology-communities-louvain) over the undirected ties weighted by
// evidence, with a seeded random source so the same view always splits the same way, numbered biggest first.
import louvain from "graphology-communities-louvain";
import { seededRandom } from "../random.ts";
import { simpleProjection } from "./projection.ts";
import type { AnalysisScope } from "./types.ts";

export const LOUVAIN_SEED = 12;

export interface Communities {
  /** Community number of each visible node: 0 is the biggest community, then 1 … */
  of: Map<string, number>;
  /** Members of each community, by number. */
  members: string[][];
  modularity: number;
}

export function detectCommunities(scope: AnalysisScope, seed = LOUVAIN_SEED): Communities {
  const projection = simpleProjection(scope, "undirected");
  if (projection.order === 0) return { of: new Map(), members: [], modularity: 0 };
  const detailed = louvain.detailed(projection, { getEdgeWeight: "weight", rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  projection.forEachNode((node) => {
    const id = detailed.communities[node]!;
    const group = groups.get(id);
    if (group) group.push(node);
    else groups.set(id, [node]);
  });
  // Louvain's own numbers depend on visiting order; size then smallest key does not.
  const members = [...groups.values()]
    .map((nodes) => nodes.sort())
    .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1));
  const of = new Map<string, number>();
  members.forEach((nodes, index) => nodes.forEach((node) => of.set(node, index)));
  return { of, members, modularity: projection.size > 0 ? detailed.modularity : 0 };
}
