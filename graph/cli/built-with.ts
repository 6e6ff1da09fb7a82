// The `builtWith` graph attribute, the same from `graph build` and from `graph merge`: only what changes
// the output, never worker counts, shards, paths or times.
import { readFileSync } from "node:fs";
import type { GraphAttributes } from "../types.ts";

export interface OutputOptions {
  keepIsolated: boolean;
  /** Base names of the --lexicon files. */
  lexicons: string[];
  maxEvidence: number;
}

export function builtWith({
  keepIsolated,
  lexicons,
  maxEvidence,
}: OutputOptions): GraphAttributes["builtWith"] {
  return { version: packageVersion(), options: { keepIsolated, lexicons: [...lexicons], maxEvidence } };
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
