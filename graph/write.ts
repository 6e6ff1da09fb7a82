// Atomic file write: readers see the old file or the complete new one, never half a graph.
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import path from "node:path";

export type FileContent =
  string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes to a temporary file beside the target (same directory, so rename cannot cross file
 * systems), flushes it to disk, then renames it over the target. On any failure, including one
 * thrown while `content` is being produced, the temporary file is removed and the target is untouched.
 */
export async function writeFileAtomic(target: string, content: FileContent): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temp, "wx");
    try {
      if (typeof content === "string" || content instanceof Uint8Array) await handle.writeFile(content);
      else for await (const chunk of content) await handle.writeFile(chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable; not every platform can open a directory, which is fine. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
