// The export itself: read the graph file (JSON, GEXF or GraphML), apply the filters with graph/view's
// visibility, write the format atomically.
import { readFile, stat } from "node:fs/promises";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { toCsvZip } from "../export/csv.ts";
import { snapshotFileName, type ExportFormat } from "../export/filename.ts";
import { toGexf } from "../export/gexf.ts";
import { toGraphml } from "../export/graphml.ts";
import { toGraphJson } from "../export/json.ts";
import { describeView } from "../export/legend.ts";
import { toSvg } from "../export/svg.ts";
import { exportedGraph, type ExportScope } from "../export/view.ts";
import { errorMessage } from "../errors.ts";
import { nodeXmlParsers } from "../import/node-xml.ts";
import { IMPORT_LIMITS, parseGraphFile } from "../import/parse.ts";
import { tooLarge } from "../read/limits.ts";
import { ACTIONS, type Modality } from "../types.ts";
import { normalizeName } from "../view/search.ts";
import { hasNoFilters, viewStateFromOptions } from "../view/state.ts";
import type { NewsGraph, ViewState } from "../view/types.ts";
import { encodeViewState } from "../view/url.ts";
import { writeFileAtomic } from "../write.ts";
import type { ExportArgs } from "./export-command.ts";
import { UsageError, type Terminal } from "./io.ts";

const MODALITIES: readonly Modality[] = ["asserted", "alleged", "hypothetical"];

export async function runExport(args: ExportArgs, terminal: Terminal): Promise<number> {
  const graph = await readGraph(args.input, terminal);
  if (!graph) return 1;
  const state = viewFromArgs(graph, args);
  const scope: ExportScope = hasNoFilters(state) ? "graph" : "view";
  const shown = exportedGraph(graph, state, scope);
  if (shown.order === 0) {
    // An empty snapshot is never what was wanted: say so instead of writing a 0-node file.
    terminal.stderr.write(
      scope === "view"
        ? `graph export: nothing to export: no node of ${args.input} passes these filters; nothing written\n`
        : `graph export: nothing to export: ${args.input} has no nodes; nothing written\n`,
    );
    return 1;
  }

  let out = args.out;
  const isDir = await stat(out).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir || out.endsWith("/") || out.endsWith(path.sep)) {
    out = path.join(out, snapshotFileName(graph, state, scope, args.format, new Date(), args.scale));
  }
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  const caption = args.caption === "auto" ? `Newsgraph · ${describeView(graph, shown, state)}` : args.caption;
  const content = await render(args.format, shown, { ...args, caption }, state, scope);
  await writeFileAtomic(out, content);
  terminal.stderr.write(
    `graph export: wrote ${out} (${args.format}, ${shown.order} nodes, ${shown.size} edges)\n`,
  );
  return 0;
}

async function render(
  format: ExportFormat,
  shown: NewsGraph,
  args: ExportArgs,
  state: ViewState,
  scope: ExportScope,
): Promise<string | Uint8Array> {
  const image = { width: args.width, height: args.height, legend: args.legend, caption: args.caption };
  switch (format) {
    case "json":
      return toGraphJson(shown) + "\n";
    case "gexf":
      return toGexf(shown);
    case "graphml":
      return toGraphml(shown);
    case "csv":
      return toCsvZip(shown);
    case "svg":
      return toSvg(shown, image);
    case "png": {
      const { svgToPng } = await import("./export-png.ts");
      return svgToPng(toSvg(shown, image), args.width, args.height, args.scale);
    }
    case "html": {
      const { standaloneSnapshot } = await import("./export-html.ts");
      // The view's filters are already applied to the embedded graph; the focus travels in the view so
      // the explorer frames it and the filter panel says so.
      const query =
        scope === "view" ? encodeViewState({ ...state, selection: null, reader: null, camera: null }) : "";
      return standaloneSnapshot(toGraphJson(shown), query.toString());
    }
  }
}

async function readGraph(file: string, terminal: Terminal): Promise<NewsGraph | null> {
  let text: string;
  try {
    const info = await stat(file);
    // The explorer's limit too (app/import), so what exports here also opens there.
    if (info.size > IMPORT_LIMITS.maxBytes) {
      terminal.stderr.write(
        `graph export: ${file} is ${tooLarge(info.size, IMPORT_LIMITS.maxBytes)}; rebuild it with a lower --max-evidence\n`,
      );
      return null;
    }
    text = await readFile(file, "utf8");
  } catch (error) {
    terminal.stderr.write(`graph export: cannot read ${file}: ${errorMessage(error)}\n`);
    return null;
  }
  try {
    return parseGraphFile(path.basename(file), text, nodeXmlParsers).graph;
  } catch (error) {
    terminal.stderr.write(
      `graph export: ${errorMessage(error).replace(" The current graph is unchanged.", "")}\n`,
    );
    return null;
  }
}

/** The view state of the filter flags, each name checked against the graph. */
export function viewFromArgs(graph: NewsGraph, args: ExportArgs): ViewState {
  const byName = new Map<string, string>();
  graph.forEachNode((node, a) => {
    for (const name of [a.label, ...a.aliases]) {
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, node);
    }
  });
  const focus = args.focus.map((name) => {
    if (graph.hasNode(name)) return name;
    const node = byName.get(normalizeName(name));
    if (!node) throw new UsageError(`--focus: no node "${name}" in the graph (give a node key or a label)`);
    return node;
  });
  const known = (what: string, given: string[], all: Iterable<string>) => {
    const set = new Set(all);
    for (const value of given) {
      if (!set.has(value)) {
        throw new UsageError(
          `--${what}: "${value}" is not in the graph (it has ${[...set].sort().join(", ") || "none"})`,
        );
      }
    }
  };
  const actions = new Set<string>(ACTIONS);
  const kinds = new Set<string>();
  const categories = new Set<string>();
  graph.forEachEdge((_e, a) => actions.add(a.action));
  graph.forEachNode((_n, a) => {
    kinds.add(a.kind);
    categories.add(a.category);
  });
  known("actions", args.actions, actions);
  known("kinds", args.kinds, kinds);
  known("categories", args.categories, categories);
  known(
    "articles",
    args.articles,
    (graph.getAttribute("articles") ?? []).map((a) => a.id),
  );
  const state = viewStateFromOptions({
    focus,
    depth: args.depth,
    actions: args.actions,
    allActions: [...actions],
    articles: args.articles,
    hideModalities: args.modalities.length > 0 ? MODALITIES.filter((m) => !args.modalities.includes(m)) : [],
    from: args.from,
    to: args.to,
    hideUndated: args.hideUndated,
  });
  return {
    ...state,
    hiddenKinds: args.kinds.length > 0 ? [...kinds].filter((k) => !args.kinds.includes(k)).sort() : [],
    hiddenCategories:
      args.categories.length > 0 ? [...categories].filter((c) => !args.categories.includes(c)).sort() : [],
  };
}
