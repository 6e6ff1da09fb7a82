// GraphML with typed keys (yEd, Cytoscape, NetworkX, Gephi). graphology-graphml only parses, so this writes.
// Lists and objects (aliases, evidence, notes, articles, builtWith, curation) are JSON text in string keys, so nothing is lost.
import type { NewsGraph } from "../types.ts";
import { contractCopy } from "./contract.ts";
import { escapeXml } from "./xml.ts";

type KeyType = "string" | "int" | "double";
interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: KeyType;
}

export const GRAPHML_KEYS: readonly Key[] = [
  { id: "g_articles", for: "graph", name: "articles", type: "string" },
  { id: "g_builtWith", for: "graph", name: "builtWith", type: "string" },
  { id: "g_curation", for: "graph", name: "curation", type: "string" },
  { id: "n_label", for: "node", name: "label", type: "string" },
  { id: "n_kind", for: "node", name: "kind", type: "string" },
  { id: "n_category", for: "node", name: "category", type: "string" },
  { id: "n_aliases", for: "node", name: "aliases", type: "string" },
  { id: "n_mentions", for: "node", name: "mentions", type: "int" },
  { id: "n_x", for: "node", name: "x", type: "double" },
  { id: "n_y", for: "node", name: "y", type: "double" },
  { id: "n_size", for: "node", name: "size", type: "double" },
  { id: "n_color", for: "node", name: "color", type: "string" },
  { id: "n_notes", for: "node", name: "notes", type: "string" },
  { id: "e_action", for: "edge", name: "action", type: "string" },
  { id: "e_cameo", for: "edge", name: "cameo", type: "string" },
  { id: "e_weight", for: "edge", name: "weight", type: "int" },
  { id: "e_evidence", for: "edge", name: "evidence", type: "string" },
  { id: "e_evidenceTotal", for: "edge", name: "evidenceTotal", type: "int" },
  { id: "e_firstSeen", for: "edge", name: "firstSeen", type: "string" },
  { id: "e_lastSeen", for: "edge", name: "lastSeen", type: "string" },
  { id: "e_notes", for: "edge", name: "notes", type: "string" },
];

function data(key: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  return `<data key="${key}">${escapeXml(text)}</data>`;
}

export function toGraphml(graph: NewsGraph): string {
  const copy = contractCopy(graph);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of GRAPHML_KEYS) {
    out.push(`  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`);
  }
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  out.push(
    `    ${data("g_articles", copy.getAttribute("articles"))}${data("g_builtWith", copy.getAttribute("builtWith"))}${data("g_curation", copy.getAttribute("curation"))}`,
  );
  copy.forEachNode((node, a) => {
    out.push(
      `    <node id="${escapeXml(node)}">${data("n_label", a.label)}${data("n_kind", a.kind)}${data("n_category", a.category)}` +
        `${data("n_aliases", a.aliases)}${data("n_mentions", a.mentions)}${data("n_x", a.x)}${data("n_y", a.y)}` +
        `${data("n_size", a.size)}${data("n_color", a.color)}${data("n_notes", a.notes)}</node>`,
    );
  });
  copy.forEachEdge((edge, a, source, target) => {
    out.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">` +
        `${data("e_action", a.action)}${data("e_cameo", a.cameo)}${data("e_weight", a.weight)}${data("e_evidence", a.evidence)}${data("e_evidenceTotal", a.evidenceTotal)}` +
        `${data("e_firstSeen", a.firstSeen)}${data("e_lastSeen", a.lastSeen)}${data("e_notes", a.notes)}</edge>`,
    );
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
