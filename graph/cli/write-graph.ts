// The end of build and merge alike: the graph JSON written atomically, a chunk at a time, and a word
// when it is too large for the explorer to open.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { IMPORT_LIMITS } from "../import/normalize.ts";
import { serializeGraphChunks, type NewsGraph } from "../merge/index.ts";
import { formatSize } from "../read/limits.ts";
import { writeFileAtomic } from "../write.ts";
import type { Terminal } from "./io.ts";

export async function writeGraph(
  graph: NewsGraph,
  out: string,
  stderr: Terminal["stderr"],
  command = "build",
): Promise<void> {
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  let bytes = 0;
  // In chunks: the JSON of a large graph in one string would cost as much memory as the graph itself.
  await writeFileAtomic(
    out,
    (function* counted() {
      for (const chunk of serializeGraphChunks(graph)) {
        bytes += Buffer.byteLength(chunk);
        yield chunk;
      }
    })(),
  );
  const warning = sizeWarning(out, bytes, IMPORT_LIMITS.maxBytes, command);
  if (warning) stderr.write(warning);
}

/** A graph the explorer and `graph export` will refuse is worth a word, with the way out. */
export function sizeWarning(
  file: string,
  bytes: number,
  limit = IMPORT_LIMITS.maxBytes,
  command = "build",
): string | null {
  if (bytes <= limit) return null;
  return `graph ${command}: warning: ${file} is too large for the explorer and graph export (${formatSize(bytes)}; the limit is ${formatSize(limit)}); ${command} with a lower --max-evidence to open it there\n`;
}
