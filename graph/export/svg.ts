// A standalone SVG of a graph (usually the view's subgraph): curved and straight edges with arrow heads,
// nodes, labels with a halo, an optional legend and caption. Plain SVG 1.1 with presentation attributes,
// so browsers and Inkscape draw it alike. The layout mirrors sigma's: the nodes' box fitted into the frame,
// y pointing up, node sizes in pixels.
import { actionLabel } from "../view/relations.ts";
import { parallelEdgeCurvatures } from "../view/parallel.ts";
import type { NewsGraph } from "../types.ts";
import { fitExtents, textWidth } from "./fit.ts";
import {
  actionColor,
  CAPTION_HEIGHT,
  LEGEND_GAP,
  LEGEND_ROW,
  LEGEND_WIDTH,
  legendFor,
  type Legend,
} from "./legend.ts";
import { escapeXml } from "./xml.ts";

export interface SvgOptions {
  width?: number;
  height?: number;
  legend?: boolean;
  /** A line under the graph (title, view, date); none when empty. */
  caption?: string;
  /** Labels drawn at most (the biggest nodes first); default 300. */
  maxLabels?: number;
  background?: string;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT = "#1d2430";
const MUTED = "#5b6575";
const PADDING = 40;
const LABEL_SIZE = 12;

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** The edge thickness the explorer uses (app/load.ts), so both pictures match. */
export function edgeThickness(weight: number): number {
  return Math.min(6, 1.4 + Math.log2(1 + Math.max(0, weight)) * 0.9);
}

export function toSvg(graph: NewsGraph, options: SvgOptions = {}): string {
  const width = options.width ?? 1200;
  const height = options.height ?? 800;
  const legend = options.legend ? legendFor(graph) : null;
  const caption = options.caption?.trim() ?? "";
  const legendX = width - LEGEND_WIDTH - 12;
  const captionTop = height - CAPTION_HEIGHT;
  // The graph's frame leaves the legend its own column and the caption its own strip: nothing drawn in
  // the frame (circles, labels) may reach them.
  const frame = {
    left: PADDING,
    top: PADDING,
    right: legend ? legendX - LEGEND_GAP : width - PADDING,
    bottom: caption ? captionTop - 8 : height - PADDING,
  };

  const radius = (size: number) => Math.max(2, size || 5);
  const labelled = new Set(
    graph
      .nodes()
      .sort(
        (x, y) =>
          radius(graph.getNodeAttribute(y, "size")) - radius(graph.getNodeAttribute(x, "size")) ||
          (x < y ? -1 : 1),
      )
      .slice(0, options.maxLabels ?? 300),
  );
  const labelOf = (node: string) => String(graph.getNodeAttribute(node, "label") ?? node);
  // Labels start 4 px right of the circle, 12 px type: about 9 px above and below the centre.
  const fit = fitExtents(
    graph.mapNodes((node, a) => {
      const r = radius(a.size);
      const label = labelled.has(node) ? r + 4 + textWidth(labelOf(node), LABEL_SIZE) + 3 : r;
      return {
        x: a.x,
        y: a.y,
        left: r,
        right: Math.max(r, label),
        up: Math.max(r, 10),
        down: Math.max(r, 8),
      };
    }),
    frame,
  );
  const position = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((node, a) => {
    position.set(node, { ...fit.place(a.x, a.y), r: radius(a.size) });
  });

  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>Newsgraph snapshot</title>`,
  );
  const colors = new Set<string>();
  graph.forEachEdge((_e, a) => colors.add(actionColor(a.action)));
  out.push("<defs>");
  for (const color of [...colors].sort()) {
    out.push(
      `<marker id="arrow-${color.slice(1)}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`,
    );
  }
  out.push("</defs>");
  out.push(`<rect width="100%" height="100%" fill="${options.background ?? "#ffffff"}"/>`);

  // Edges under nodes; parallel edges on their own arcs as in the explorer.
  const curvatures = parallelEdgeCurvatures(graph);
  out.push('<g id="edges" fill="none" stroke-linecap="round">');
  graph.forEachEdge((edge, a, source, target) => {
    const s = position.get(source)!;
    const t = position.get(target)!;
    const color = actionColor(a.action);
    const thickness = fmt(edgeThickness(a.weight));
    const title = `<title>${escapeXml(`${graph.getNodeAttribute(source, "label")} ${actionLabel(a.action)} ${graph.getNodeAttribute(target, "label")}`)}</title>`;
    if (source === target) {
      const r = s.r;
      out.push(
        `<path d="M${fmt(s.x + r * 0.7)},${fmt(s.y - r * 0.7)} C${fmt(s.x + r * 3)},${fmt(s.y - r * 3)} ${fmt(s.x + r * 3)},${fmt(s.y + r * 1)} ${fmt(s.x + r)},${fmt(s.y + r * 0.2)}" stroke="${color}" stroke-width="${thickness}" marker-end="url(#arrow-${color.slice(1)})">${title}</path>`,
      );
      return;
    }
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const length = Math.hypot(dx, dy) || 1;
    const curvature = curvatures.get(edge) ?? 0;
    if (curvature === 0) {
      const ex = t.x - (dx / length) * (t.r + 1);
      const ey = t.y - (dy / length) * (t.r + 1);
      out.push(
        `<path d="M${fmt(s.x)},${fmt(s.y)} L${fmt(ex)},${fmt(ey)}" stroke="${color}" stroke-width="${thickness}" marker-end="url(#arrow-${color.slice(1)})">${title}</path>`,
      );
      return;
    }
    // Quadratic arc bending to the left of the edge's direction, like @sigma/edge-curve.
    const cx = (s.x + t.x) / 2 + (dy / length) * curvature * length * 0.5;
    const cy = (s.y + t.y) / 2 - (dx / length) * curvature * length * 0.5;
    const tx = t.x - cx;
    const ty = t.y - cy;
    const tl = Math.hypot(tx, ty) || 1;
    const ex = t.x - (tx / tl) * (t.r + 1);
    const ey = t.y - (ty / tl) * (t.r + 1);
    out.push(
      `<path d="M${fmt(s.x)},${fmt(s.y)} Q${fmt(cx)},${fmt(cy)} ${fmt(ex)},${fmt(ey)}" stroke="${color}" stroke-width="${thickness}" marker-end="url(#arrow-${color.slice(1)})">${title}</path>`,
    );
  });
  out.push("</g>");

  out.push('<g id="nodes" stroke="#ffffff" stroke-width="1.5">');
  graph.forEachNode((node, a) => {
    const p = position.get(node)!;
    out.push(
      `<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${fmt(p.r)}" fill="${escapeXml(a.color || "#888888")}"><title>${escapeXml(`${a.label} (${a.category})`)}</title></circle>`,
    );
  });
  out.push("</g>");

  out.push(
    `<g id="labels" font-size="${LABEL_SIZE}" font-weight="600" fill="${TEXT}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const node of labelled) {
    const p = position.get(node)!;
    out.push(`<text x="${fmt(p.x + p.r + 4)}" y="${fmt(p.y + 4)}">${escapeXml(labelOf(node))}</text>`);
  }
  out.push("</g>");

  if (legend) out.push(legendSvg(legend, legendX, PADDING - 16, caption ? captionTop : height - 8));
  if (caption) {
    const room = width - 2 * PADDING;
    const text = textWidth(caption, 13) > room ? shortenToWidth(caption, room, 13) : caption;
    out.push(
      `<text id="caption" x="${PADDING}" y="${height - 14}" font-size="13" fill="${MUTED}">${escapeXml(text)}</text>`,
    );
  }
  out.push("</svg>", "");
  return out.join("\n");
}

/** `text` cut (with an ellipsis) to what fits in `width` px at `fontSize`. */
function shortenToWidth(text: string, width: number, fontSize: number): string {
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end)}…`, fontSize) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** The legend in its column from `top` down to `bottom`; entries that do not fit are counted, not dropped silently. */
function legendSvg(legend: Legend, x: number, top: number, bottom: number): string {
  type Row = { heading: string } | { color: string; text: string; line: boolean };
  const rows: Row[] = [];
  if (legend.categories.length > 0) rows.push({ heading: "Nodes" });
  for (const e of legend.categories)
    rows.push({ color: e.color, text: `${e.label} (${e.count})`, line: false });
  if (legend.actions.length > 0) rows.push({ heading: "Relations" });
  for (const e of legend.actions) rows.push({ color: e.color, text: `${e.label} (${e.count})`, line: true });

  // Rows that fit between top and bottom (a heading takes a row and a bit); if not all do, the last one
  // says how many entries are left out.
  const fitting = Math.max(1, Math.floor((bottom - top - 4) / (LEGEND_ROW + 5)));
  const shown = rows.length <= fitting ? rows : rows.slice(0, fitting - 1);
  const omitted = rows.slice(shown.length).filter((r) => !("heading" in r)).length;
  const lines: string[] = [`<g id="legend" font-size="12" fill="${TEXT}">`];
  let y = top + 14;
  for (const [i, row] of shown.entries()) {
    if ("heading" in row) {
      if (i > 0) y += 8;
      lines.push(
        `<text x="${x}" y="${y}" font-weight="700" fill="${MUTED}">${escapeXml(row.heading)}</text>`,
      );
      y += LEGEND_ROW + 2;
      continue;
    }
    const mark = row.line
      ? `<line x1="${x}" y1="${y - 4}" x2="${x + 13}" y2="${y - 4}" stroke="${escapeXml(row.color)}" stroke-width="3" stroke-linecap="round"/>`
      : `<circle cx="${x + 6}" cy="${y - 4}" r="6" fill="${escapeXml(row.color)}"/>`;
    lines.push(`${mark}<text x="${x + 18}" y="${y}">${escapeXml(row.text)}</text>`);
    y += LEGEND_ROW;
  }
  if (omitted > 0) lines.push(`<text x="${x}" y="${y}" fill="${MUTED}">+ ${omitted} more</text>`);
  lines.push("</g>");
  return lines.join("");
}
