// Canvas drawing of node labels and hovered/selected nodes, themed: labels get a halo so they stay
// readable over edges, the hover box follows the light or dark scheme.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../graph/types.ts";
import type { Theme } from "../appearance/theme.ts";
import type { LabelPlacement } from "./labels.ts";

type LabelDrawer = NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;
type HoverDrawer = NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function nodeLabelDrawer(theme: Theme, placement: LabelPlacement): LabelDrawer {
  return (context, data, settings) => {
    // sigma passes the node's key along with its display data.
    if (!data.label || !placement.accepts((data as { key?: string }).key ?? "")) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    const y = data.y + size / 3;
    context.lineJoin = "round";
    context.lineWidth = 3.5;
    context.strokeStyle = theme.halo;
    context.strokeText(data.label, x, y);
    context.fillStyle = theme.text;
    context.fillText(data.label, x, y);
  };
}

export function nodeHoverDrawer(theme: Theme): HoverDrawer {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const padding = 3;
    const radius = Math.max(data.size, size / 2) + padding;
    context.fillStyle = theme.panel;
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 1;
    context.shadowBlur = 8;
    context.shadowColor = theme.scheme === "dark" ? "rgba(0,0,0,0.8)" : "rgba(0,0,0,0.35)";
    context.beginPath();
    if (data.label) {
      const width = context.measureText(data.label).width + 10;
      const height = size + 2 * padding + 2;
      const angle = Math.asin(Math.min(1, height / 2 / radius));
      const dx = Math.sqrt(Math.abs(radius * radius - (height / 2) ** 2));
      context.moveTo(data.x + dx, data.y + height / 2);
      context.lineTo(data.x + radius + width, data.y + height / 2);
      context.lineTo(data.x + radius + width, data.y - height / 2);
      context.lineTo(data.x + dx, data.y - height / 2);
      context.arc(data.x, data.y, radius, angle, -angle);
    } else {
      context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    }
    context.closePath();
    context.fill();
    context.shadowBlur = 0;
    context.shadowOffsetY = 0;
    // The node itself, ringed.
    context.beginPath();
    context.arc(data.x, data.y, data.size + 1.5, 0, Math.PI * 2);
    context.lineWidth = 2;
    context.strokeStyle = theme.selectionRing;
    context.stroke();
    context.beginPath();
    context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    if (data.label) {
      context.fillStyle = theme.text;
      context.fillText(data.label, data.x + radius + 4, data.y + size / 3);
    }
  };
}
