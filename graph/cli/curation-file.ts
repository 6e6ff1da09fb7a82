// `--curation curation.json`: the corrections a person made, read and checked before any work starts (a
// bad file is a usage error, exit 2), then applied to the built graph, with a line for each operation that
// no longer applies (what it names is not in this build) rather than a failure.
import { readFile } from "node:fs/promises";
import {
  applyCuration,
  CurationError,
  describeSkipped,
  parseCuration,
  type CurationFile,
} from "../curation/index.ts";
import type { NewsGraph } from "../types.ts";
import { describeFsError } from "../read/files.ts";
import { UsageError, type Terminal } from "./io.ts";

export const CURATION_HELP = `  --curation <file>     corrections made by a person (merges, renames, rejected or confirmed
                        evidence, relations added by hand, notes; README "Curation"), applied
                        after extraction; operations that no longer apply are listed, not fatal`;

export async function readCurationFile(file: string): Promise<CurationFile> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`--curation ${file}: ${describeFsError(error)}`);
  }
  try {
    return parseCuration(text, file);
  } catch (error) {
    if (error instanceof CurationError) throw new UsageError(`--curation ${error.message}`);
    throw error;
  }
}

/** Applies the curation and says on stderr what did not apply, and (unless quiet) how many did. */
export function applyCurationFile(
  graph: NewsGraph,
  curation: { file: string; content: CurationFile },
  terminal: Terminal,
  options: { command: string; quiet: boolean },
): void {
  const outcomes = applyCuration(graph, curation.content);
  const prefix = `graph ${options.command}: ${curation.file}:`;
  for (const line of describeSkipped(curation.content, outcomes))
    terminal.stderr.write(`${prefix} ${line}\n`);
  if (options.quiet) return;
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  const skipped = count("skipped");
  terminal.stderr.write(
    `${prefix} ${outcomes.length} operation${outcomes.length === 1 ? "" : "s"}: ${count("applied")} applied` +
      (count("unchanged") > 0 ? `, ${count("unchanged")} already so` : "") +
      (skipped > 0 ? `, ${skipped} no longer appl${skipped === 1 ? "ies" : "y"}` : "") +
      "\n",
  );
}
