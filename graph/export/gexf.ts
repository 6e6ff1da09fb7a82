// GEXF 1.3 for Gephi: position, size and colour as viz elements (so Gephi shows the same picture), the
// node and edge attributes as typed attribute columns, aliases and evidence as JSON text (GEXF lists split
// on commas, which aliases may hold).
import { write } from "graphology-gexf";
import type { EdgeAttributes, NodeAttributes } from "../types.ts";
import type { NewsGraph } from "../view/types.ts";
import { contractCopy } from "./contract.ts";

export function toGexf(graph: NewsGraph): string {
  const copy = contractCopy(graph);
  const articles = copy.getAttribute("articles").length;
  // GEXF meta holds scalar text only: the article list stays in the graph JSON export.
  copy.replaceAttributes({
    creator: "Newsgraph",
    description: `${copy.order} nodes, ${copy.size} relations from ${articles} article${articles === 1 ? "" : "s"}`,
  } as never);
  return write<NodeAttributes, EdgeAttributes>(copy, {
    version: "1.3",
    pretty: true,
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: {
        kind: a.kind,
        category: a.category,
        aliases: JSON.stringify(a.aliases),
        mentions: a.mentions,
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.action,
      weight: a.weight,
      attributes: {
        action: a.action,
        cameo: a.cameo ?? "",
        weight: a.weight,
        evidence: JSON.stringify(a.evidence),
      },
    }),
  });
}
