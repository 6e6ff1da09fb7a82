// GEXF 1.2 (namespace 1.2draft) for Gephi and NetworkX: position, size and colour as viz elements (so Gephi
// shows the same picture), the node and edge attributes as typed attribute columns, aliases and evidence as
// JSON text (GEXF lists split on commas, which aliases may hold). Written by hand rather than with
// graphology-gexf: its 1.3 output (colour as `hex`, the 1.3 namespace) is unreadable by NetworkX 2.8 and 3.x,
// and its 1.2 output names a viz namespace no reader knows. NetworkX reads only 1.1draft/1.2draft (2.8) or
// those and 1.3 (3.x), colours only as r/g/b; Gephi reads all of them.
import { firstDay, lastDay } from "../time/period.ts";
import { seenSpan, type SeenSpan } from "../time/span.ts";
import type { EdgeAttributes, NodeAttributes, NewsGraph } from "../types.ts";
import { contractCopy } from "./contract.ts";
import { escapeXml } from "./xml.ts";

export const GEXF_NAMESPACE = "http://www.gexf.net/1.2draft";
export const GEXF_VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz";

type ColumnType = "string" | "integer" | "double";
interface Column<A> {
  id: string;
  type: ColumnType;
  /** The value to write, or null for none (an absent attvalue). */
  value: (a: A) => string | number | null;
}

const NODE_COLUMNS: readonly Column<NodeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => a.kind },
  { id: "category", type: "string", value: (a) => a.category },
  { id: "aliases", type: "string", value: (a) => JSON.stringify(a.aliases) },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "notes", type: "string", value: (a) => (a.notes ? JSON.stringify(a.notes) : null) },
];

// `weight` is the edge element's own attribute (GEXF's, Gephi's and NetworkX's edge weight), not a column.
const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = [
  { id: "action", type: "string", value: (a) => a.action },
  { id: "cameo", type: "string", value: (a) => a.cameo },
  { id: "evidence", type: "string", value: (a) => JSON.stringify(a.evidence) },
  { id: "evidenceTotal", type: "integer", value: (a) => a.evidenceTotal ?? null },
  { id: "firstSeen", type: "string", value: (a) => a.firstSeen ?? null },
  { id: "lastSeen", type: "string", value: (a) => a.lastSeen ?? null },
  { id: "notes", type: "string", value: (a) => (a.notes ? JSON.stringify(a.notes) : null) },
];

const attr = (name: string, value: string | number) => ` ${name}="${escapeXml(String(value))}"`;

/** `#rgb`, `#rrggbb` or `#rrggbbaa` → r, g, b (0–255) and a (0–1); null for anything else. */
export function hexToRgba(color: string): { r: number; g: number; b: number; a: number } | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color);
  if (!match) return null;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join("");
  const byte = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return {
    r: byte(0),
    g: byte(2),
    b: byte(4),
    a: hex.length === 8 ? Math.round((byte(6) / 255) * 100) / 100 : 1,
  };
}

function columns<A>(kind: "node" | "edge", list: readonly Column<A>[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...list.map((c) => `      <attribute${attr("id", c.id)}${attr("title", c.id)}${attr("type", c.type)}/>`),
    "    </attributes>",
  ];
}

function attvalues<A>(list: readonly Column<A>[], a: A, indent: string): string[] {
  const values = list.flatMap((c) => {
    const value = c.value(a);
    return value === null ? [] : [`${indent}  <attvalue${attr("for", c.id)}${attr("value", value)}/>`];
  });
  return values.length > 0 ? [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`] : [];
}

/** ` start="…" end="…"` (whole days, GEXF's timeformat="date") for a span, or nothing. */
const interval = (span: SeenSpan | null) =>
  span ? `${attr("start", firstDay(span.firstSeen))}${attr("end", lastDay(span.lastSeen))}` : "";

/**
 * GEXF with time when any edge is dated: a dynamic graph whose edges live from their first to their last
 * evidence date and whose nodes from the first to the last date of their edges, so Gephi's timeline plays it.
 * Undated edges and nodes carry no interval (always present).
 */
export function toGexf(graph: NewsGraph): string {
  const copy = contractCopy(graph);
  const articles = copy.getAttribute("articles").length;
  const nodeSpans = new Map<string, SeenSpan>();
  copy.forEachNode((node) => {
    const span = seenSpan(
      copy
        .edges(node)
        .flatMap((e) => [copy.getEdgeAttribute(e, "firstSeen"), copy.getEdgeAttribute(e, "lastSeen")]),
    );
    if (span) nodeSpans.set(node, span);
  });
  const dynamic = nodeSpans.size > 0;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.2">`,
    // GEXF meta holds scalar text only: the article list stays in the graph JSON and GraphML exports.
    "  <meta>",
    "    <creator>Newsgraph</creator>",
    `    <description>${escapeXml(`${copy.order} nodes, ${copy.size} relations from ${articles} article${articles === 1 ? "" : "s"}`)}</description>`,
    "  </meta>",
    dynamic
      ? '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">'
      : '  <graph mode="static" defaultedgetype="directed">',
    ...columns("node", NODE_COLUMNS),
    ...columns("edge", EDGE_COLUMNS),
    "    <nodes>",
  ];
  copy.forEachNode((node, a) => {
    out.push(
      `      <node${attr("id", node)}${attr("label", a.label)}${interval(nodeSpans.get(node) ?? null)}>`,
    );
    out.push(...attvalues(NODE_COLUMNS, a, "        "));
    const rgba = hexToRgba(a.color);
    if (rgba) {
      const alpha = rgba.a < 1 ? attr("a", rgba.a) : "";
      out.push(`        <viz:color${attr("r", rgba.r)}${attr("g", rgba.g)}${attr("b", rgba.b)}${alpha}/>`);
    }
    out.push(`        <viz:size${attr("value", a.size)}/>`);
    out.push(`        <viz:position${attr("x", a.x)}${attr("y", a.y)}${attr("z", 0)}/>`);
    out.push("      </node>");
  });
  out.push("    </nodes>", "    <edges>");
  copy.forEachEdge((edge, a, source, target) => {
    out.push(
      `      <edge${attr("id", edge)}${attr("source", source)}${attr("target", target)}${attr("label", a.action)}${attr("weight", a.weight)}${interval(seenSpan([a.firstSeen, a.lastSeen]))}>`,
    );
    out.push(...attvalues(EDGE_COLUMNS, a, "        "));
    out.push("      </edge>");
  });
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
