// A standalone SVG of a graph (usually the view's subgraph): curved and straight edges with arrow heads,
// nodes, labels with a halo, an optional legend and caption. Plain SVG 1.1 with presentation attributes,
// so browsers and Inkscape draw it alike. The layout mirrors sigma's: the nodes' box fitted into the frame,
// y pointing up, node sizes in pixels.
import { actionLabel } from "../view/relations.ts";
import { parallelEdgeCurvatures } from "../view/parallel.ts";
import type { NewsGraph } from "../view/types.ts";
import { actionColor, legendFor, type Legend } from "./legend.ts";
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
const LEGEND_WIDTH = 190;
const CAPTION_HEIGHT = 34;

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
  const frame = {
    left: PADDING,
    top: PADDING,
    // Labels go right of their node: room for them on the right.
    right: width - PADDING - (legend ? LEGEND_WIDTH : 0) - Math.min(120, width * 0.1),
    bottom: height - PADDING - (caption ? CAPTION_HEIGHT : 0),
  };

  // Fit the nodes' bounding box into the frame, keeping the aspect ratio, y up.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const frameW = Math.max(1, frame.right - frame.left);
  const frameH = Math.max(1, frame.bottom - frame.top);
  const scale = graph.order > 1 ? Math.min(frameW / spanX, frameH / spanY) : 1;
  const offsetX = frame.left + (frameW - (graph.order > 1 ? spanX * scale : 0)) / 2;
  const offsetY = frame.top + (frameH - (graph.order > 1 ? spanY * scale : 0)) / 2;
  const position = new Map<string, { x: number; y: number; r: number }>();
  graph.forEachNode((node, a) => {
    position.set(node, {
      x: offsetX + (a.x - minX) * scale,
      y: offsetY + (maxY - a.y) * scale,
      r: Math.max(2, a.size || 5),
    });
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

  const labelled = graph
    .nodes()
    .sort((x, y) => position.get(y)!.r - position.get(x)!.r || (x < y ? -1 : 1))
    .slice(0, options.maxLabels ?? 300);
  out.push(
    `<g id="labels" font-size="12" font-weight="600" fill="${TEXT}" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`,
  );
  for (const node of labelled) {
    const p = position.get(node)!;
    const label = String(graph.getNodeAttribute(node, "label") ?? node);
    out.push(`<text x="${fmt(p.x + p.r + 4)}" y="${fmt(p.y + 4)}">${escapeXml(label)}</text>`);
  }
  out.push("</g>");

  if (legend) out.push(legendSvg(legend, width - LEGEND_WIDTH - 12, PADDING - 16, frame.bottom));
  if (caption) {
    out.push(
      `<text x="${PADDING}" y="${height - 18}" font-size="13" fill="${MUTED}">${escapeXml(caption)}</text>`,
    );
  }
  out.push("</svg>", "");
  return out.join("\n");
}

function legendSvg(legend: Legend, x: number, top: number, bottom: number): string {
  const lines: string[] = [`<g id="legend" font-size="12" fill="${TEXT}">`];
  let y = top + 14;
  const heading = (text: string) => {
    lines.push(`<text x="${x}" y="${y}" font-weight="700" fill="${MUTED}">${escapeXml(text)}</text>`);
    y += 20;
  };
  if (legend.categories.length > 0) heading("Nodes");
  for (const entry of legend.categories) {
    if (y > bottom - 10) break;
    lines.push(
      `<circle cx="${x + 6}" cy="${y - 4}" r="6" fill="${escapeXml(entry.color)}"/><text x="${x + 18}" y="${y}">${escapeXml(`${entry.label} (${entry.count})`)}</text>`,
    );
    y += 18;
  }
  y += 8;
  if (legend.actions.length > 0 && y < bottom - 30) heading("Relations");
  for (const entry of legend.actions) {
    if (y > bottom - 10) break;
    lines.push(
      `<line x1="${x}" y1="${y - 4}" x2="${x + 13}" y2="${y - 4}" stroke="${entry.color}" stroke-width="3" stroke-linecap="round"/><text x="${x + 18}" y="${y}">${escapeXml(`${entry.label} (${entry.count})`)}</text>`,
    );
    y += 18;
  }
  lines.push("</g>");
  return lines.join("");
}
