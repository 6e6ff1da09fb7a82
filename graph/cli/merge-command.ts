// `graph merge <records.jsonl or folders…> --out <graph.json>`: the reduce step. Options and help; the
// run is in merge-run.ts, imported only once the arguments are known to be right.
import { DEFAULT_MAX_EVIDENCE } from "../merge/evidence.ts";
import { positiveNumber } from "./common-options.ts";
import { parseCommandLine, UsageError, type Command } from "./io.ts";
import type { MergeArgs } from "./merge-run.ts";
import { CURATION_HELP, readCurationFile } from "./curation-file.ts";
import { checkOutPath } from "./out-path.ts";

const HELP = `Usage: npm run --silent graph -- merge <records.jsonl or folders…> --out <graph.json> [options]

The reduce step of a build: reads the records graph extract wrote (one file per shard, in any order)
and resolves, assembles and lays out the graph. Same inputs, same bytes as graph build, whatever the
shards and their order.

Options:
  --out <file.json>     where to write the graph (required); written atomically
  --keep-isolated       keep entities that take part in no relation (left out by default)
  --max-evidence <n>    evidence sentences kept per edge (default ${DEFAULT_MAX_EVIDENCE}), as for graph build
${CURATION_HELP}
  --strict              any bad record or unreadable file fails the merge (exit 1), nothing written
  --quiet               no summary (problems are still reported)
  -h, --help            show this help

Inputs: records files, and folders whose files are all records files (the output folder of a batch
engine: part-00000, …; names starting with "." or "_", such as _SUCCESS, are skipped).

Every line is checked; a line that is not a valid record gets "<file>:<line>: <problem>" on stderr and
is skipped. A record the same as another is read once. Records extracted by different Newsgraph
versions or with different --lexicon files, or two different records of one article, cannot make one
graph: the merge stops (exit 1) and says which lines.

Exit codes: 0 merged; 1 no valid record, records that cannot be merged, or --strict and a problem;
2 usage error.
`;

export const mergeCommand: Command = {
  summary: "reduce step: merge records from graph extract into the graph JSON",
  help: HELP,
  async run(argv, terminal) {
    const args = parseMergeArgs(argv);
    if (args === "help") {
      terminal.stdout.write(HELP);
      return 0;
    }
    await checkOutPath(args.out, { folderAllowed: false });
    if (args.curationFile) args.curation = await readCurationFile(args.curationFile);
    const { merge } = await import("./merge-run.ts");
    return merge(args, terminal);
  },
};

function parseMergeArgs(argv: string[]): MergeArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: "string" },
    "keep-isolated": { type: "boolean" },
    "max-evidence": { type: "string" },
    strict: { type: "boolean" },
    curation: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no records files given");
  if (!values.out) throw new UsageError("--out <graph.json> is required");
  return {
    inputs: positionals,
    out: values.out,
    keepIsolated: values["keep-isolated"] ?? false,
    maxEvidence:
      values["max-evidence"] === undefined
        ? DEFAULT_MAX_EVIDENCE
        : positiveNumber("--max-evidence", values["max-evidence"], true),
    strict: values.strict ?? false,
    curationFile: values.curation ?? null,
    curation: null,
    quiet: values.quiet ?? false,
  };
}
