// Atomic file write: readers see the old file or the complete new one, never half a graph.
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { open, readdir, rename, unlink } from "node:fs/promises";
import path from "node:path";

export type FileContent =
  string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes to a temporary file beside the target (same directory, so rename cannot cross file
 * systems), flushes it to disk, then renames it over the target. On any failure, including one
 * thrown while `content` is being produced, and on Ctrl-C or SIGTERM, the temporary file is removed and
 * the target is untouched. Temporary files a killed process left beside the target are removed first.
 */
export async function writeFileAtomic(target: string, content: FileContent): Promise<void> {
  const dir = path.dirname(target);
  await removeStaleTemps(dir, path.basename(target));
  const temp = path.join(dir, tempName(path.basename(target), process.pid, randomBytes(4).toString("hex")));
  track(temp);
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
  } finally {
    untrack(temp);
  }
  await syncDirectory(dir);
}

/** `.graph.json.<pid>.<8 hex>.tmp`: the pid says whether the writer may still be at work. */
export const tempName = (base: string, pid: number, hex: string): string => `.${base}.${pid}.${hex}.tmp`;

/**
 * Removes temporary files of ours for this target whose process is gone (a build killed with SIGKILL or
 * a power cut left up to the whole graph behind). Only our exact pattern, never a live writer's: best effort.
 */
export async function removeStaleTemps(dir: string, base: string): Promise<void> {
  const pattern = new RegExp(
    `^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`,
  );
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (Number.isSafeInteger(pid) && pid > 0 && !isAlive(pid))
      await unlink(path.join(dir, name)).catch(() => {});
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

// Temporary files being written; a signal handler is installed only while there are some.
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function track(temp: string): void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, removePendingAndExit);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, removePendingAndExit);
}

/** Removes the temporary files, then lets the signal do what it would have done: end the process with it. */
function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already gone
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.off(s, removePendingAndExit);
  // Another listener (a dev server) decides for itself; alone, re-raise for the usual exit (130, 143).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
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
