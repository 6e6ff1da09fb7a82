// `graph export <graph.json> --format … --out <file>`: options, help and checks. The export itself is in
// export-run.ts, loaded once the arguments are known to be right.
import { EXPORT_FORMATS, type ExportFormat } from "../export/filename.ts";
import { isPeriod } from "../time/period.ts";
import type { Modality } from "../types.ts";
import { parseCommandLine, UsageError, type Command } from "./io.ts";
import { checkOutPath } from "./out-path.ts";

const HELP = `Usage: npm run --silent graph -- export <graph file> --format <format> --out <file> [filters] [options]

Writes a snapshot of a graph (graph JSON, GEXF or GraphML) or of a view of it: the same exports as the
explorer's Export menu. With filters, the snapshot holds what the explorer would show with them (the view);
without, the whole graph.

Formats (--format):
  png       image of the view (needs headless Chromium: ${"$"}CHROMIUM or /usr/bin/chromium; it draws the SVG)
  svg       vector image: nodes, straight and curved edges with arrows, labels (opens in browsers, Inkscape)
  gexf      GEXF 1.2 (1.2draft namespace: Gephi, NetworkX 2.8 and 3.x read it): viz colour (r, g, b),
            size, position; kind, category, aliases, mentions, action, cameo, evidence (as JSON text) and
            evidenceTotal as attribute columns, weight on the edge
  graphml   GraphML with typed keys; lists and the article list as JSON text
  json      the graph JSON of the contract (README, "Graph JSON")
  csv       a zip of nodes.csv, edges.csv (one row per evidence item) and articles.csv (RFC 4180)
  html      one self-contained HTML file (explorer and data inlined, no network) that opens by double
            click; builds the explorer with Vite the first time (cached in node_modules/.cache)

Filters (as in the explorer; lists are comma-separated, repeatable):
  --focus <nodes>        only the neighbourhood of these nodes (keys like "telegram", or labels)
  --depth <1|2>          how far the neighbourhood reaches (default 1)
  --actions <actions>    only these actions (blocks, restricts, bans, accuses, …)
  --kinds <kinds>        only these kinds (actor, platform)
  --categories <cats>    only these categories (government, messenger, …)
  --articles <ids>       only relations with evidence from these articles
  --modality <list>      only evidence of these modalities (asserted, alleged, hypothetical)
  --from <date>          only evidence dated in this period or after (2024, 2024-01, 2024-01-31)
  --to <date>            only evidence dated in this period or before; with --from or --to, each edge
                         keeps the evidence in the range (and undated evidence, unless --undated exclude)
  --undated <include|exclude>  evidence without a date: kept (default) or left out

Options:
  --out <file>           where to write (required); a folder gets a name like
                         newsgraph-telegram-2026-11-23T1030.png
  --width <px>           image width for png/svg (default 1200)
  --height <px>          image height for png/svg (default 800)
  --scale <1|2>          png pixel ratio (default 1: width × height pixels; 2: twice that)
  --legend               png/svg: draw the legend (categories and actions shown)
  --caption <text>       png/svg: a caption under the graph; "auto" describes the view
  -h, --help             show this help

The graph file may be up to 64 MB (the explorer's import limit too). An empty view writes nothing.

Exit codes: 0 written; 1 the graph file cannot be read, the view is empty or the export failed; 2 usage error (unknown
option or format, missing --out, a filter naming something the graph does not have, an --out that cannot be written).
`;

export interface ExportArgs {
  input: string;
  format: ExportFormat;
  out: string;
  focus: string[];
  depth: 1 | 2;
  actions: string[];
  kinds: string[];
  categories: string[];
  articles: string[];
  modalities: Modality[];
  from: string | null;
  to: string | null;
  hideUndated: boolean;
  width: number;
  height: number;
  scale: 1 | 2;
  legend: boolean;
  caption: string;
}

export const exportCommand: Command = {
  summary: "write a snapshot (png svg gexf graphml json csv html) of a graph or of a filtered view",
  help: HELP,
  async run(argv, terminal) {
    const args = parseExportArgs(argv);
    if (args === "help") {
      terminal.stdout.write(HELP);
      return 0;
    }
    await checkOutPath(args.out, { folderAllowed: true });
    const { runExport } = await import("./export-run.ts");
    return runExport(args, terminal);
  },
};

const list = (values: string[] | undefined): string[] =>
  (values ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);

const MODALITIES: readonly Modality[] = ["asserted", "alleged", "hypothetical"];

function parseExportArgs(argv: string[]): ExportArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    format: { type: "string", short: "f" },
    out: { type: "string", short: "o" },
    focus: { type: "string", multiple: true },
    depth: { type: "string" },
    actions: { type: "string", multiple: true },
    kinds: { type: "string", multiple: true },
    categories: { type: "string", multiple: true },
    articles: { type: "string", multiple: true },
    modality: { type: "string", multiple: true },
    from: { type: "string" },
    to: { type: "string" },
    undated: { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    scale: { type: "string" },
    legend: { type: "boolean" },
    caption: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no graph file given");
  if (positionals.length > 1) throw new UsageError(`one graph file at a time (got ${positionals.length})`);
  if (!values.format) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(", ")})`);
  const format = values.format.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${values.format}" (expected ${EXPORT_FORMATS.join(", ")})`);
  }
  if (!values.out) throw new UsageError("--out <file> is required");
  const depth = values.depth === undefined ? 1 : Number(values.depth);
  if (depth !== 1 && depth !== 2) throw new UsageError(`--depth is 1 or 2, not "${values.depth}"`);
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (scale !== 1 && scale !== 2) throw new UsageError(`--scale is 1 or 2, not "${values.scale}"`);
  const modalities = list(values.modality);
  for (const m of modalities) {
    if (!(MODALITIES as readonly string[]).includes(m)) {
      throw new UsageError(`unknown modality "${m}" (expected ${MODALITIES.join(", ")})`);
    }
  }
  const period = (option: string, text: string | undefined) => {
    if (text === undefined) return null;
    if (!isPeriod(text.trim()))
      throw new UsageError(
        `${option} expects a year, month or day (2024, 2024-01, 2024-01-31), not "${text}"`,
      );
    return text.trim();
  };
  if (values.undated !== undefined && values.undated !== "include" && values.undated !== "exclude")
    throw new UsageError(`--undated is include or exclude, not "${values.undated}"`);
  return {
    input: positionals[0]!,
    format: format as ExportFormat,
    out: values.out,
    focus: list(values.focus),
    depth,
    actions: list(values.actions),
    kinds: list(values.kinds),
    categories: list(values.categories),
    articles: list(values.articles),
    modalities: modalities as Modality[],
    from: period("--from", values.from),
    to: period("--to", values.to),
    hideUndated: values.undated === "exclude",
    width: pixels("--width", values.width, 1200),
    height: pixels("--height", values.height, 800),
    scale,
    legend: values.legend ?? false,
    caption: values.caption ?? "",
  };
}

function pixels(option: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 100 || value > 8000) {
    throw new UsageError(`${option} expects a whole number of pixels from 100 to 8000, not "${text}"`);
  }
  return value;
}
