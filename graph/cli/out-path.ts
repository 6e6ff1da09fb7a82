// `--out` checked before any work starts: a build that reads and extracts for minutes, then finds that it
// cannot write, has wasted them (and under /proc it spun at 100 % CPU). Exit 2, like every usage error.
import { constants } from "node:fs";
import { access, stat, statfs } from "node:fs/promises";
import path from "node:path";
import { notRegular } from "../read/files.ts";
import { OutPathError } from "./io.ts";

/** Kernel file systems: their files are not files, and writing there hangs or fails only at the end. */
const KERNEL_FILE_SYSTEMS = new Map([
  [0x9fa0, "proc"],
  [0x62656572, "sysfs"],
]);

export interface OutPathOptions {
  /** `export --out` may name a folder, which then gets a dated file name; `build --out` may not. */
  folderAllowed: boolean;
}

/** Throws OutPathError (one line, exit 2) when nothing could be written at `out`. */
export async function checkOutPath(out: string, { folderAllowed }: OutPathOptions): Promise<void> {
  const fail = (problem: string): never => {
    throw new OutPathError(`--out ${out}: ${problem}`);
  };
  const target = path.resolve(out);
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory() || (!existing && /[/\\]$/.test(out))) {
    if (!folderAllowed) fail("is a directory; give a file name, such as graph.json, inside it");
  } else if (existing && !existing.isFile()) fail(notRegular(existing));

  // The folder that will hold the file, or the nearest one above it that exists (the rest is created).
  let folder = existing?.isDirectory() ? target : path.dirname(target);
  let info = await stat(folder).catch(() => null);
  while (!info && path.dirname(folder) !== folder) {
    folder = path.dirname(folder);
    info = await stat(folder).catch(() => null);
  }
  if (!info) return fail("no folder on its path exists");
  if (!info.isDirectory()) fail(`${folder} is not a folder`);

  const kernel = KERNEL_FILE_SYSTEMS.get((await statfs(folder)).type);
  if (kernel) fail(`${folder} is on the ${kernel} kernel file system, where no file can be written`);
  try {
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "EROFS" ? "read-only file system" : code === "EACCES" ? "permission denied" : code;
    fail(`cannot write in ${folder} (${reason})`);
  }
}
