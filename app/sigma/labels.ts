// Which node labels to draw this frame, so that none covers another label or another node. sigma picks
// candidates with a coarse grid that lets neighbours' labels overlap (and says nothing of the nodes under a
// label); the layout makes room for labels at the default zoom, and this placement settles the rest (a
// narrow canvas, a zoom, a graph laid out by another tool): greedily, the selected node's hover box first,
// then forced labels (the highlighted neighbourhood), then bigger nodes. Hidden labels come back on zoom.
import { RectGrid, intersects, type Rect } from "../../graph/layout/geometry.ts";
import type { NewsSigma } from "./context.ts";

/** Beyond this many nodes sigma's own grid decides alone: a per-frame pass over every node would cost too much. */
export const PLACED_LABELS_MAX_NODES = 2_000;

interface LabelRect extends Rect {
  key: string;
}

interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
}

function coversDisc(rect: LabelRect, disc: Disc): boolean {
  const nx = Math.max(rect.left, Math.min(disc.x, rect.right));
  const ny = Math.max(rect.top, Math.min(disc.y, rect.bottom));
  return (disc.x - nx) ** 2 + (disc.y - ny) ** 2 < disc.r * disc.r;
}

/** The rectangle a label covers on screen: drawn 4 px right of the disc, centred on the node (drawing.ts). */
function labelRect(
  key: string,
  x: number,
  y: number,
  size: number,
  width: number,
  fontSize: number,
): LabelRect {
  const half = fontSize / 2 + 1;
  return { key, left: x + size + 2, right: x + size + 4 + width + 2, top: y - half, bottom: y + half };
}

export class LabelPlacement {
  private sigma: NewsSigma | null = null;
  private accepted: Set<string> | null = null;
  private widths = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = "";
  /** Labels actually drawn in the last frame (the end-to-end tests check them). */
  readonly drawn = new Set<string>();

  /** sigma draws once inside its constructor, before it can be attached: that frame is drawn again. */
  attach(sigma: NewsSigma): void {
    this.sigma = sigma;
    if (this.accepted) sigma.scheduleRender();
    this.accepted = null;
    // A new frame: decide again, lazily, once sigma has computed this frame's camera matrix.
    sigma.on("beforeRender", () => {
      this.accepted = null;
      this.drawn.clear();
    });
  }

  /** Called by the label drawer: true when `key`'s label has room this frame. */
  accepts(key: string): boolean {
    this.accepted ??= this.place();
    const ok = this.accepted === ALL || this.accepted.has(key);
    if (ok) this.drawn.add(key);
    return ok;
  }

  measure(label: string): number {
    const sigma = this.sigma;
    if (!sigma) return label.length * 8;
    const { labelWeight, labelSize, labelFont } = sigma.getSettings();
    const font = `${labelWeight} ${labelSize}px ${labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
    }
    let width = this.widths.get(label);
    if (width === undefined) {
      this.context ??= document.createElement("canvas").getContext("2d");
      if (!this.context) return label.length * 8;
      this.context.font = font;
      width = this.context.measureText(label).width;
      this.widths.set(label, width);
    }
    return width;
  }

  private place(): Set<string> {
    const sigma = this.sigma;
    if (!sigma || sigma.getGraph().order > PLACED_LABELS_MAX_NODES) return ALL;
    const { labelSize, labelRenderedSizeThreshold } = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    const discs: Disc[] = [];
    const candidates: { key: string; rank: number; size: number; rect: LabelRect }[] = [];
    sigma.getGraph().forEachNode((key) => {
      const data = sigma.getNodeDisplayData(key);
      if (!data || data.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      if (x < -300 || y < -50 || x > width + 50 || y > height + 50) return;
      // Nodes without a label (dimmed around a selection) are background: labels may cover them.
      if (!data.label) return;
      discs.push({ key, x, y, r });
      if (!data.forceLabel && !data.highlighted && r < labelRenderedSizeThreshold) return;
      const labelWidth = this.measure(data.label);
      // The selected node is drawn with a box round disc and label (drawing.ts's hover drawer).
      const rect = data.highlighted
        ? hoverRect(key, x, y, r, labelWidth, labelSize)
        : labelRect(key, x, y, r, labelWidth, labelSize);
      candidates.push({ key, rank: data.highlighted ? 0 : data.forceLabel ? 1 : 2, size: r, rect });
    });
    candidates.sort((a, b) => a.rank - b.rank || b.size - a.size || (a.key < b.key ? -1 : 1));
    const labels = new RectGrid<LabelRect>(CELL_PX);
    const nodes = new RectGrid<Disc>(CELL_PX);
    for (const disc of discs) nodes.add(disc, discRect(disc));
    const accepted = new Set<string>();
    for (const { key, rect, rank } of candidates) {
      // The selected node's box is drawn whatever happens (on sigma's hover layer): it only reserves room.
      const drawnAnyway = rank === 0;
      if (!drawnAnyway && labels.some(rect, (other) => intersects(rect, other))) continue;
      if (!drawnAnyway && nodes.some(rect, (disc) => disc.key !== key && coversDisc(rect, disc))) continue;
      labels.add(rect, rect);
      accepted.add(key);
    }
    return accepted;
  }
}

const ALL = new Set<string>();

function hoverRect(key: string, x: number, y: number, r: number, width: number, fontSize: number): LabelRect {
  const radius = Math.max(r, fontSize / 2) + 3;
  const half = fontSize / 2 + 4;
  return { key, left: x - radius, right: x + radius + width + 10, top: y - half, bottom: y + half };
}

const CELL_PX = 96;

const discRect = (disc: Disc): LabelRect => ({
  key: disc.key,
  left: disc.x - disc.r,
  right: disc.x + disc.r,
  top: disc.y - disc.r,
  bottom: disc.y + disc.r,
});
