// `graph build <files or folders…> --out <file.json>`: options and help. The build itself is in
// build-run.ts, imported only once the arguments are known to be right.
import os from "node:os";
import { DEFAULT_MAX_EVIDENCE } from "../merge/evidence.ts";
import { DEFAULT_MAX_FILE_MB } from "../read/limits.ts";
import type { BuildArgs } from "./build-run.ts";
import { parseCommandLine, UsageError, type Command } from "./io.ts";
import { checkOutPath } from "./out-path.ts";

const CPUS = os.availableParallelism();
const DEFAULT_WORKERS = Math.max(1, Math.min(CPUS, 4));

const HELP = `Usage: npm run --silent graph -- build <files or folders…> --out <file.json> [options]

Reads news articles, extracts who does what to whom, and writes the graph as graphology JSON
(the format is described in README.md, "Graph JSON"). The same input always gives the same bytes.

Options:
  --out <file.json>     where to write the graph (required); written atomically, so a failed
                        build never leaves a half-written file
  --lexicon <file.json> extra lexicon merged into the built-in one (graph/lexicon/*.json);
                        repeat to add several; a file that cannot be read or merged exits 2
  --strict              any input problem fails the build (exit 1) and nothing is written
  --keep-isolated       keep entities that take part in no relation (left out by default)
  --workers <n>         worker threads for extraction (default ${DEFAULT_WORKERS}: the CPU count, at
                        most 4); more than the CPU count (${CPUS}) is capped to it, with a note on
                        stderr; 1 extracts in the main thread; builds of up to 50 articles always do
  --max-file-mb <n>     files larger than this are reported and skipped (default ${DEFAULT_MAX_FILE_MB})
  --max-evidence <n>    evidence sentences kept per edge, the first in article and offset order
                        (default ${DEFAULT_MAX_EVIDENCE}); the edge's weight, and evidenceTotal on a capped
                        edge, count them all
  --quiet               no progress bar and no summary (input problems are still reported)
  -h, --help            show this help

Inputs (folders are read recursively in sorted order; names starting with "." are skipped):
  .txt         the first non-empty line is the headline if short (up to 150 characters), else
               the title is its first sentence, shortened; the whole file is the text
  .md          optional YAML front matter (title, date, url, publisher), then the text;
               without a title the first "# heading" (or first line) is the headline
  .html .htm   readable text only: scripts, styles, navigation, footers dropped; title, date,
               url and publisher from <title>/<h1> and og:/article: meta tags
  .json        an array of {title, text, date, url, publisher} (or one such object);
               item i of file.json gets the id "file.json#i"
  An article's id is its path relative to the folder given (or its name, for a file given).
  Inside folders, files of other types are ignored; named directly, they are a problem.

Bad input: an empty, binary, non-UTF-8 (UTF-16 with a byte order mark is read), unreadable or too
large file, malformed JSON, JSON items without text, a FIFO or device, a path past the system's
length limit or a symbolic link loop get one line on stderr ("<file>: <problem>"); the other files
are still built.

Exit codes: 0 built; 1 --strict found a problem, no article could be read, or the build failed;
2 usage error (unknown option, missing --out or inputs, bad lexicon, an --out that cannot be
written: a folder, a non-writable place, /proc; checked before any work starts).
`;

export const buildCommand: Command = {
  summary: "build the graph JSON from articles (.txt .md .html .json files or folders)",
  help: HELP,
  async run(argv, terminal) {
    const args = parseBuildArgs(argv);
    if (args === "help") {
      terminal.stdout.write(HELP);
      return 0;
    }
    await checkOutPath(args.out, { folderAllowed: false });
    // More threads than CPUs only add memory and contention (48 workers: 4.2 GB and ten times slower).
    if (args.workers > CPUS) {
      terminal.stderr.write(
        `graph build: --workers ${args.workers} is more than the ${CPUS} CPU${CPUS === 1 ? "" : "s"}; using ${CPUS}\n`,
      );
      args.workers = CPUS;
    }
    const { build } = await import("./build-run.ts");
    return build(args, terminal);
  },
};

function parseBuildArgs(argv: string[]): BuildArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: "string" },
    lexicon: { type: "string", multiple: true },
    strict: { type: "boolean" },
    "keep-isolated": { type: "boolean" },
    workers: { type: "string" },
    "max-file-mb": { type: "string" },
    "max-evidence": { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no input files or folders given");
  if (!values.out) throw new UsageError("--out <file.json> is required");
  return {
    inputs: positionals,
    out: values.out,
    lexicons: values.lexicon ?? [],
    strict: values.strict ?? false,
    keepIsolated: values["keep-isolated"] ?? false,
    workers:
      values.workers === undefined ? DEFAULT_WORKERS : positiveNumber("--workers", values.workers, true),
    maxFileMb:
      values["max-file-mb"] === undefined
        ? DEFAULT_MAX_FILE_MB
        : positiveNumber("--max-file-mb", values["max-file-mb"], false),
    maxEvidence:
      values["max-evidence"] === undefined
        ? DEFAULT_MAX_EVIDENCE
        : positiveNumber("--max-evidence", values["max-evidence"], true),
    quiet: values.quiet ?? false,
  };
}

function positiveNumber(option: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `${option} expects a positive ${integer ? "whole number" : "number"}, not "${text}"`,
    );
  }
  return value;
}
