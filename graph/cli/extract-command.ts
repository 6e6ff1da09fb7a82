// `graph extract <files or folders…> --out <records.jsonl> [--shard i/n]`: the map step. Options and
// help; the run is in extract-run.ts, imported only once the arguments are known to be right.
import { CACHE_HELP, CACHE_OPTIONS, cacheDir } from "./cache-options.ts";
import {
  capWorkers,
  LEXICON_HELP,
  READ_EXTRACT_OPTIONS,
  readExtractArgs,
  WORKERS_HELP,
} from "./common-options.ts";
import type { ExtractArgs } from "./extract-run.ts";
import { parseCommandLine, UsageError, type Command } from "./io.ts";
import { checkOutPath } from "./out-path.ts";
import { parseShard } from "./shard.ts";

const HELP = `Usage: npm run --silent graph -- extract <files or folders…> --out <records.jsonl> [options]

The map step of a build: reads articles as graph build does and writes one record per article (the
article, its mentions, relations and evidence) as one line of JSON. graph merge turns the records of
all shards into the graph, the same bytes as graph build on the same inputs. Extraction is the slow
part of a build; shards run at once, on one machine or many.

Options:
  --out <file.jsonl>    where to write the records (required); written atomically
  --shard <i/n>         extract only shard i of n (1 ≤ i ≤ n), by a hash of each article's id: run
                        1/n … n/n over the same inputs and every article is in exactly one shard;
                        input problems are reported by the shard their file falls in
${LEXICON_HELP}
                        (graph merge refuses records extracted with different lexicons)
  --strict              any input problem fails the run (exit 1) and nothing is written
${WORKERS_HELP}
${CACHE_HELP}
  --quiet               no progress bar and no summary (input problems are still reported)
  -h, --help            show this help

Inputs are read as by graph build (see "graph build --help"): give every shard the same inputs, the
same way (an article's id is its path relative to the folder given).

Exit codes: 0 written (an empty shard writes an empty file); 1 --strict found a problem or no article
could be read at all; 2 usage error.
`;

export const extractCommand: Command = {
  summary: "map step: extract articles into records (JSON Lines), by shard if asked",
  help: HELP,
  async run(argv, terminal) {
    const args = parseExtractArgs(argv);
    if (args === "help") {
      terminal.stdout.write(HELP);
      return 0;
    }
    await checkOutPath(args.out, { folderAllowed: false });
    capWorkers(args, terminal.stderr, "extract");
    const { extract } = await import("./extract-run.ts");
    return extract(args, terminal);
  },
};

function parseExtractArgs(argv: string[]): ExtractArgs | "help" {
  const { values, positionals } = parseCommandLine(argv, {
    out: { type: "string" },
    shard: { type: "string" },
    ...READ_EXTRACT_OPTIONS,
    ...CACHE_OPTIONS,
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("no input files or folders given");
  if (!values.out) throw new UsageError("--out <records.jsonl> is required");
  return {
    inputs: positionals,
    out: values.out,
    shard: values.shard === undefined ? { index: 1, count: 1 } : parseShard(values.shard),
    ...readExtractArgs(values),
    cache: cacheDir(values, values.out),
    quiet: values.quiet ?? false,
  };
}
