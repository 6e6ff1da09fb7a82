// `--cache DIR` and `--no-cache`, shared by build and extract: where extractions are cached, or null.
import path from "node:path";
import { UsageError } from "./io.ts";

export const CACHE_OPTIONS = {
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
} as const;

export const CACHE_HELP = `  --cache <dir>         where each article's extraction is cached, keyed by its text, the
                        lexicons in force and the extractor's version, so a rebuild extracts
                        only new or changed articles (default: .newsgraph/cache/ in the folder
                        of --out); a damaged entry is reported and extracted again
  --no-cache            neither read nor write the cache`;

/** The folder `.newsgraph/cache` beside the output file. */
export const defaultCacheDir = (out: string): string =>
  path.join(path.dirname(path.resolve(out)), ".newsgraph", "cache");

export function cacheDir(values: { cache?: string; "no-cache"?: boolean }, out: string): string | null {
  if (values["no-cache"] && values.cache !== undefined)
    throw new UsageError("--cache and --no-cache contradict each other; give one");
  if (values["no-cache"]) return null;
  if (values.cache === "") throw new UsageError("--cache expects a folder");
  return values.cache ?? defaultCacheDir(out);
}
