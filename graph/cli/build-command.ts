// `graph build <files or folders…> --out <file.json>`: options and help. The build itself is in
// build-run.ts, imported only once the arguments are known to be right.
import { DEFAULT_MAX_EVIDENCE } from "../merge/evidence.ts";
import type { BuildArgs } from "./build-run.ts";
import { CACHE_HELP, CACHE_OPTIONS, cacheDir } from "./cache-options.ts";
import {
  capWorkers,
  LEXICON_HELP,
  positiveNumber,
  READ_EXTRACT_OPTIONS,
  readExtractArgs,
  WORKERS_HELP,
} from "./common-options.ts";
import { parseCommandLine, UsageError, type Command } from "./io.ts";
import { CURATION_HELP, readCurationFile } from "./curation-file.ts";
import { checkOutPath } from "./out-path.ts";

const HELP = `Usage: npm run --silent graph -- build <files or folders…> --out <file.json> [options]

Reads news articles, extracts who does what to whom, and writes the graph as graphology JSON
(the format is described in README.md, "Graph JSON"). The same input always gives the same bytes,
with or without the cache. The same build in two steps, to run on many machines: graph extract
(articles → records) and graph merge (records → graph).

Options:
  --out <file.json>     where to write the graph (required); written atomically, so a failed
                        build never leaves a half-written file
${LEXICON_HELP}
  --strict              any input problem fails the build (exit 1) and nothing is written
  --keep-isolated       keep entities that take part in no relation (left out by default)
${WORKERS_HELP}
  --max-evidence <n>    evidence sentences kept per edge, the first in article and offset order
                        (default ${DEFAULT_MAX_EVIDENCE}); the edge's weight, and evidenceTotal on a capped
                        edge, count them all
${CACHE_HELP}
${CURATION_HELP}
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
    if (args.curationFile) args.curation = await readCurationFile(args.curationFile);
    capWorkers(args, terminal.stderr, "build");
    const { build } = await import("./build-run.ts");
    return build(args, terminal);
  },
};

function parseBuildArgs(argv: string[]): BuildArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: "string" },
    ...READ_EXTRACT_OPTIONS,
    "keep-isolated": { type: "boolean" },
    "max-evidence": { type: "string" },
    ...CACHE_OPTIONS,
    curation: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no input files or folders given");
  if (!values.out) throw new UsageError("--out <file.json> is required");
  return {
    inputs: positionals,
    out: values.out,
    ...readExtractArgs(values),
    keepIsolated: values["keep-isolated"] ?? false,
    maxEvidence:
      values["max-evidence"] === undefined
        ? DEFAULT_MAX_EVIDENCE
        : positiveNumber("--max-evidence", values["max-evidence"], true),
    cache: cacheDir(values, values.out),
    curationFile: values.curation ?? null,
    curation: null,
    quiet: values.quiet ?? false,
  };
}
