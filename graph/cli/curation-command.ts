// `graph curation to-lexicon <curation.json>` (merges and renames as a lexicon, so the builder learns them)
// and `graph curation apply <graph.json> --curation <file> --out <graph.json>` (a curation applied to a
// graph already built, as `graph build --curation` applies it after extraction).
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { curationToLexicon } from "../curation/index.ts";
import { errorMessage } from "../errors.ts";
import { parseGraphFile } from "../import/parse.ts";
import { nodeXmlParsers } from "../import/node-xml.ts";
import { MultiDirectedGraph } from "graphology";
import type { NewsGraph } from "../types.ts";
import { writeFileAtomic } from "../write.ts";
import { applyCurationFile, readCurationFile } from "./curation-file.ts";
import { parseCommandLine, UsageError, type Command, type Terminal } from "./io.ts";
import { checkOutPath } from "./out-path.ts";
import { writeGraph } from "./write-graph.ts";

const HELP = `Usage: npm run --silent graph -- curation <to-lexicon|apply> … [options]

  curation to-lexicon <curation.json> [--out <lexicon.json>]
      Turns the merges, renames and classifications of a curation file into a lexicon file (written to
      --out, or printed), so that the next "graph build --lexicon <lexicon.json>" finds the merged
      entity under one name. Operations a lexicon cannot hold (rejections, confirmations, relations
      added by hand, notes, splits) are listed on stderr: keep passing the curation to graph build.

  curation apply <graph.json> --curation <curation.json> --out <graph.json>
      Applies a curation to a graph already built (graph JSON, GEXF or GraphML), as graph build
      --curation does after extraction; operations that no longer apply are listed on stderr.

The curation file's format is in README.md ("Curation").

Exit codes: 0 written; 1 the graph could not be read; 2 usage error (a missing or invalid curation file).
`;

export const curationCommand: Command = {
  summary: "curation files: to-lexicon (merges as a lexicon), apply (to a built graph)",
  help: HELP,
  async run(argv, terminal) {
    const { values, positionals } = parseCommandLine(argv, {
      out: { type: "string" },
      curation: { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help || positionals.length === 0) {
      (values.help ? terminal.stdout : terminal.stderr).write(HELP);
      return values.help ? 0 : 2;
    }
    const [action, input, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`one input file only (got ${positionals.length - 1})`);
    if (!input) throw new UsageError(`curation ${action} needs an input file`);
    if (action === "to-lexicon") return toLexicon(input, values.out, terminal);
    if (action === "apply") {
      if (!values.curation) throw new UsageError("--curation <curation.json> is required");
      if (!values.out) throw new UsageError("--out <graph.json> is required");
      return apply(input, values.curation, values.out, values.quiet ?? false, terminal);
    }
    throw new UsageError(`unknown curation command "${action}" (to-lexicon or apply)`);
  },
};

async function toLexicon(file: string, out: string | undefined, terminal: Terminal): Promise<number> {
  if (out) await checkOutPath(out, { folderAllowed: false });
  const curation = await readCurationFile(file);
  const { defaultLexicon } = await import("../extract/index.ts");
  const known = new Set(defaultLexicon().entities.map((entity) => entity.name));
  const { lexicon, left } = curationToLexicon(curation, path.basename(file), known);
  for (const line of left) terminal.stderr.write(`graph curation: ${file}: ${line}\n`);
  const text = `${JSON.stringify(lexicon, null, 2)}\n`;
  if (!out) {
    terminal.stdout.write(text);
    return 0;
  }
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFileAtomic(out, text);
  terminal.stderr.write(`graph curation: ${lexicon.entities.length} entities written to ${out}\n`);
  return 0;
}

async function apply(
  input: string,
  file: string,
  out: string,
  quiet: boolean,
  terminal: Terminal,
): Promise<number> {
  await checkOutPath(out, { folderAllowed: false });
  const curation = await readCurationFile(file);
  let graph: NewsGraph;
  try {
    const parsed = parseGraphFile(path.basename(input), await readFile(input, "utf8"), nodeXmlParsers).graph;
    graph = new MultiDirectedGraph({ allowSelfLoops: true });
    graph.import(parsed.export());
  } catch (error) {
    terminal.stderr.write(
      `graph curation: cannot read ${input}: ${errorMessage(error).replace(" The current graph is unchanged.", "")}\n`,
    );
    return 1;
  }
  applyCurationFile(graph, { file, content: curation }, terminal, { command: "curation", quiet });
  await writeGraph(graph, out, terminal.stderr, "curation");
  return 0;
}
