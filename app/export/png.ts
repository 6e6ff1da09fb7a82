// PNG of what sigma draws (@sigma/export-image), at 1× or 2× of the graph area, with an optional legend in a
// margin on its right and caption in a strip below it, so neither covers the graph. The pixel ratio sigma
// renders at is set for the export, so 2× is sharp.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import {
  CAPTION_HEIGHT,
  LEGEND_ROW,
  LEGEND_WIDTH,
  legendHeight,
  type Legend,
} from "../../graph/export/legend.ts";
import type { NewsSigma } from "../sigma/context.ts";

export interface PngOptions {
  scale: 1 | 2;
  /** Everything, fitted, instead of the current view and camera. */
  wholeGraph: boolean;
  legend: Legend | null;
  caption: string;
  background: string;
  text: string;
  muted: string;
}

async function withPixelRatio<T>(ratio: number, run: () => Promise<T>): Promise<T> {
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await run();
  } finally {
    // Back to the browser's own getter.
    delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

/** Where the graph, the legend and the caption go: the graph area as drawn, the others in margins beside it. */
export function pngLayout(width: number, height: number, legend: Legend | null, caption: boolean) {
  const legendBox = legend
    ? { x: width + MARGIN, y: MARGIN, width: LEGEND_WIDTH, height: legendHeight(legend) }
    : null;
  const totalWidth = width + (legendBox ? LEGEND_WIDTH + 2 * MARGIN : 0);
  const above = Math.max(height, legendBox ? legendBox.y + legendBox.height + MARGIN : 0);
  return {
    graph: { x: 0, y: 0, width, height },
    legend: legendBox,
    caption: caption ? { x: 0, y: above, width: totalWidth, height: CAPTION_HEIGHT } : null,
    width: totalWidth,
    height: above + (caption ? CAPTION_HEIGHT : 0),
  };
}

export async function sigmaToPng(sigma: NewsSigma, options: PngOptions): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const scale = options.scale;
  const canvas = await withPixelRatio(scale, () =>
    drawOnCanvas(sigma as unknown as Sigma, {
      width,
      height,
      backgroundColor: options.background,
      ...(options.wholeGraph
        ? {
            cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
            sigmaSettings: { nodeReducer: null, edgeReducer: null },
          }
        : {}),
    }),
  );
  // The legend and the caption get margins of their own (right of and under the graph), never covering it.
  const layout = pngLayout(width, height, options.legend, options.caption !== "");
  const out = document.createElement("canvas");
  out.width = Math.round(layout.width * scale);
  out.height = Math.round(layout.height * scale);
  const context = out.getContext("2d")!;
  context.fillStyle = options.background;
  context.fillRect(0, 0, out.width, out.height);
  // drawOnCanvas sizes the canvas from the pixel ratio; make sure of the requested size.
  context.drawImage(canvas, 0, 0, Math.round(width * scale), Math.round(height * scale));
  context.scale(scale, scale);
  if (options.legend && layout.legend) drawLegend(context, options.legend, layout.legend, options);
  if (layout.caption) drawCaption(context, options.caption, layout.caption, options);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG."))),
      "image/png",
    ),
  );
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MARGIN = 12;

type Box = { x: number; y: number; width: number; height: number };

function drawLegend(context: CanvasRenderingContext2D, legend: Legend, box: Box, o: PngOptions): void {
  const { x } = box;
  let y = box.y + 14;
  context.save();
  context.textBaseline = "middle";
  const heading = (text: string) => {
    context.font = `700 12px ${FONT}`;
    context.fillStyle = o.muted;
    context.fillText(text, x, y);
    y += LEGEND_ROW + 2;
  };
  const row = (color: string, label: string, line: boolean) => {
    context.fillStyle = color;
    context.strokeStyle = color;
    if (line) {
      context.lineWidth = 3;
      context.lineCap = "round";
      context.beginPath();
      context.moveTo(x, y);
      context.lineTo(x + 13, y);
      context.stroke();
    } else {
      context.beginPath();
      context.arc(x + 6, y, 6, 0, 2 * Math.PI);
      context.fill();
    }
    context.font = `12px ${FONT}`;
    context.fillStyle = o.text;
    context.fillText(label, x + 20, y, box.width - 20);
    y += LEGEND_ROW;
  };
  if (legend.categories.length > 0) heading("Nodes");
  for (const entry of legend.categories) row(entry.color, `${entry.label} (${entry.count})`, false);
  if (legend.actions.length > 0) heading("Relations");
  for (const entry of legend.actions) row(entry.color, `${entry.label} (${entry.count})`, true);
  context.restore();
}

function drawCaption(context: CanvasRenderingContext2D, caption: string, box: Box, o: PngOptions): void {
  context.save();
  context.font = `13px ${FONT}`;
  context.fillStyle = o.muted;
  context.textBaseline = "middle";
  // maxWidth squeezes a caption longer than the image rather than cutting it off.
  context.fillText(caption, box.x + MARGIN, box.y + box.height / 2, box.width - 2 * MARGIN);
  context.restore();
}
