// Making one snapshot in the page: the view (or the whole graph) in a format, named, and saved as a download.
// An empty view saves nothing (as `graph export` refuses it): the outcome says why.
import { toCsvZip } from "../../graph/export/csv.ts";
import { snapshotFileName, timestamp, type ExportFormat } from "../../graph/export/filename.ts";
import { toGexf } from "../../graph/export/gexf.ts";
import { toGraphml } from "../../graph/export/graphml.ts";
import { toGraphJson } from "../../graph/export/json.ts";
import { describeView, legendFor } from "../../graph/export/legend.ts";
import { toSvg } from "../../graph/export/svg.ts";
import { exportedGraph, type ExportScope } from "../../graph/export/view.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import { encodeViewState } from "../../graph/view/url.ts";
import type { Outcome } from "../import/actions.ts";
import { downloadBlob } from "./download.ts";
import { sigmaToPng } from "./png.ts";
import { registeredSigma } from "./sigmaRegistry.ts";
import { standaloneSnapshot } from "./standalone.ts";

const MIME: Record<Exclude<ExportFormat, "png" | "html">, string> = {
  svg: "image/svg+xml",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
  json: "application/json",
  csv: "application/zip",
};

export interface SnapshotRequest {
  graph: NewsGraph;
  view: ViewState;
  scope: ExportScope;
  /** Whether the view hides anything (a whole-graph PNG then resets sigma's reducers and camera). */
  filtered: boolean;
  format: ExportFormat;
  scale: 1 | 2;
  legend: boolean;
  caption: boolean;
  colors: { background: string; text: string; muted: string };
}

export async function saveSnapshot(request: SnapshotRequest): Promise<Outcome> {
  const { graph, view, scope, format, scale } = request;
  const shown = exportedGraph(graph, view, scope);
  if (shown.order === 0) {
    return {
      ok: false,
      message:
        scope === "view"
          ? "Nothing to export: the current view shows no nodes. Loosen the filters, or export the whole graph."
          : "Nothing to export: the graph has no nodes.",
    };
  }
  const state = scope === "view" ? view : null;
  const name = snapshotFileName(graph, state, scope, format, new Date(), scale);
  const caption = request.caption
    ? `Newsgraph · ${describeView(graph, shown, state)} · ${timestamp(new Date()).replace("T", " ")}`
    : "";
  let blob: Blob;
  if (format === "png") {
    const sigma = registeredSigma();
    if (!sigma) throw new Error("The graph is not drawn yet.");
    blob = await sigmaToPng(sigma, {
      scale,
      wholeGraph: scope === "graph" && request.filtered,
      legend: request.legend ? legendFor(shown) : null,
      caption,
      ...request.colors,
    });
  } else if (format === "svg") {
    const size = registeredSigma()?.getDimensions() ?? { width: 1200, height: 800 };
    const svg = toSvg(shown, { width: size.width, height: size.height, legend: request.legend, caption });
    blob = new Blob([svg], { type: MIME.svg });
  } else if (format === "html") {
    const query = state ? encodeViewState({ ...view, selection: null, reader: null, camera: null }) : "";
    blob = await standaloneSnapshot(toGraphJson(shown), query.toString());
  } else {
    const content =
      format === "gexf"
        ? toGexf(shown)
        : format === "graphml"
          ? toGraphml(shown)
          : format === "json"
            ? toGraphJson(shown)
            : toCsvZip(shown);
    blob = new Blob([content as BlobPart], { type: MIME[format] });
  }
  downloadBlob(blob, name);
  return { ok: true, message: `Saved ${name} (${shown.order} nodes, ${shown.size} relations).` };
}
