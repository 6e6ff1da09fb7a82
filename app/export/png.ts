// PNG of what sigma draws (@sigma/export-image), at 1× or 2× of the graph area, with an optional legend
// and caption drawn on top. The pixel ratio sigma renders at is set for the export, so 2× is sharp.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { Legend } from "../../graph/export/legend.ts";
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
  // drawOnCanvas sizes the canvas from the pixel ratio; make sure of the requested size.
  const out = document.createElement("canvas");
  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  const context = out.getContext("2d")!;
  context.drawImage(canvas, 0, 0, out.width, out.height);
  context.scale(scale, scale);
  if (options.legend) drawLegend(context, options.legend, width, options);
  if (options.caption) drawCaption(context, options.caption, height, options);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode the PNG."))),
      "image/png",
    ),
  );
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

function drawLegend(context: CanvasRenderingContext2D, legend: Legend, width: number, o: PngOptions): void {
  const rows = legend.categories.length + legend.actions.length + 2;
  const boxWidth = 190;
  const boxHeight = Math.min(rows * 18 + 20, 600);
  const x = width - boxWidth - 12;
  let y = 12;
  context.save();
  context.globalAlpha = 0.92;
  context.fillStyle = o.background;
  context.fillRect(x, y, boxWidth, boxHeight);
  context.globalAlpha = 1;
  context.strokeStyle = "rgba(128,128,128,0.35)";
  context.strokeRect(x + 0.5, y + 0.5, boxWidth - 1, boxHeight - 1);
  context.textBaseline = "middle";
  y += 16;
  const heading = (text: string) => {
    context.font = `700 12px ${FONT}`;
    context.fillStyle = o.muted;
    context.fillText(text, x + 12, y);
    y += 18;
  };
  const row = (color: string, label: string, line: boolean) => {
    if (y > boxHeight) return;
    context.fillStyle = color;
    context.strokeStyle = color;
    if (line) {
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x + 12, y);
      context.lineTo(x + 26, y);
      context.stroke();
    } else {
      context.beginPath();
      context.arc(x + 19, y, 6, 0, 2 * Math.PI);
      context.fill();
    }
    context.font = `12px ${FONT}`;
    context.fillStyle = o.text;
    context.fillText(label, x + 32, y);
    y += 18;
  };
  if (legend.categories.length > 0) heading("Nodes");
  for (const entry of legend.categories) row(entry.color, `${entry.label} (${entry.count})`, false);
  if (legend.actions.length > 0) heading("Relations");
  for (const entry of legend.actions) row(entry.color, `${entry.label} (${entry.count})`, true);
  context.restore();
}

function drawCaption(
  context: CanvasRenderingContext2D,
  caption: string,
  height: number,
  o: PngOptions,
): void {
  context.save();
  context.font = `13px ${FONT}`;
  const width = Math.min(context.measureText(caption).width + 20, context.canvas.width);
  context.globalAlpha = 0.92;
  context.fillStyle = o.background;
  context.fillRect(8, height - 34, width, 26);
  context.globalAlpha = 1;
  context.fillStyle = o.muted;
  context.textBaseline = "middle";
  context.fillText(caption, 18, height - 21);
  context.restore();
}
