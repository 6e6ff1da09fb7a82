// Options build and extract share (both read articles and extract them): their parsing, defaults and help.
import os from "node:os";
import { DEFAULT_MAX_FILE_MB } from "../read/limits.ts";
import { UsageError, type Terminal } from "./io.ts";

export const CPUS = os.availableParallelism();
export const DEFAULT_WORKERS = Math.max(1, Math.min(CPUS, 4));

export const READ_EXTRACT_OPTIONS = {
  lexicon: { type: "string", multiple: true },
  strict: { type: "boolean" },
  workers: { type: "string" },
  "max-file-mb": { type: "string" },
} as const;

export const LEXICON_HELP = `  --lexicon <file.json> extra lexicon merged into the built-in one (graph/lexicon/*.json);
                        repeat to add several; a file that cannot be read or merged exits 2`;

export const WORKERS_HELP = `  --workers <n>         worker threads for extraction (default ${DEFAULT_WORKERS}: the CPU count, at
                        most 4); more than the CPU count (${CPUS}) is capped to it, with a note on
                        stderr; 1 extracts in the main thread; builds of up to 50 articles always do
  --max-file-mb <n>     files larger than this are reported and skipped (default ${DEFAULT_MAX_FILE_MB})`;

export interface ReadExtractArgs {
  lexicons: string[];
  strict: boolean;
  workers: number;
  maxFileMb: number;
}

export function readExtractArgs(values: {
  lexicon?: string[];
  strict?: boolean;
  workers?: string;
  "max-file-mb"?: string;
}): ReadExtractArgs {
  return {
    lexicons: values.lexicon ?? [],
    strict: values.strict ?? false,
    workers:
      values.workers === undefined ? DEFAULT_WORKERS : positiveNumber("--workers", values.workers, true),
    maxFileMb:
      values["max-file-mb"] === undefined
        ? DEFAULT_MAX_FILE_MB
        : positiveNumber("--max-file-mb", values["max-file-mb"], false),
  };
}

/** More threads than CPUs only add memory and contention (48 workers: 4.2 GB and ten times slower). */
export function capWorkers(args: { workers: number }, stderr: Terminal["stderr"], command: string): void {
  if (args.workers <= CPUS) return;
  stderr.write(
    `graph ${command}: --workers ${args.workers} is more than the ${CPUS} CPU${CPUS === 1 ? "" : "s"}; using ${CPUS}\n`,
  );
  args.workers = CPUS;
}

export function positiveNumber(option: string, text: string, integer: boolean): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `${option} expects a positive ${integer ? "whole number" : "number"}, not "${text}"`,
    );
  }
  return value;
}
