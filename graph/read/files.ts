// Reader layer, disk part: input paths (files or folders) → articles and problems.
// Everything about bytes and formats lives in index.ts; this module only finds and opens files.
import { constants, type Stats } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { byCodeUnit } from "../order.ts";
import type { InputProblem } from "../types.ts";
import { isArticleFile, parseArticleFile, type ReadResult } from "./index.ts";
import { errorMessage } from "../errors.ts";
import { DEFAULT_MAX_FILE_MB, MB, tooLarge } from "./limits.ts";

export { DEFAULT_MAX_FILE_MB } from "./limits.ts";

export interface ReadInputsOptions {
  /** Files above this size are reported, not read. */
  maxFileBytes?: number;
}

interface Candidate {
  /** Path to open. */
  path: string;
  /** Path as the user would write it, for messages. */
  file: string;
  /** Article id: path relative to the input folder (posix), or the base name of a file given directly. */
  id: string;
}

/** How many files are read at once; enough to hide disk latency, small enough to bound memory. */
const PARALLEL_READS = 16;

export async function readInputs(inputs: string[], options: ReadInputsOptions = {}): Promise<ReadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MB;
  const problems: InputProblem[] = [];
  const found: Candidate[] = [];
  for (const input of inputs) await collect(input, found, problems);

  const result: ReadResult = { articles: [], problems };
  const candidates = await withoutDuplicates(found, problems);
  for (let i = 0; i < candidates.length; i += PARALLEL_READS) {
    const batch = candidates.slice(i, i + PARALLEL_READS);
    for (const read of await Promise.all(batch.map((c) => readCandidate(c, maxFileBytes)))) {
      result.articles.push(...read.articles);
      result.problems.push(...read.problems);
    }
  }
  return result;
}

async function collect(input: string, found: Candidate[], problems: InputProblem[]): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    problems.push({ file: input, problem: describeFsError(error, input) });
    return;
  }
  if (info.isDirectory()) await walk(input, "", found, problems, new Set(), new Map());
  // A FIFO or a device would block or never end: only regular files are read.
  else if (!info.isFile()) problems.push({ file: input, problem: notRegular(info) });
  // A file named explicitly is read whatever its type, so an unsupported one is reported.
  else found.push({ path: input, file: input, id: path.basename(input) });
}

/** "not a regular file (FIFO)", "(character device)", …, for what a FIFO or /dev/zero would do to a read. */
export function notRegular(info: Stats): string {
  const kind = info.isFIFO()
    ? "FIFO"
    : info.isCharacterDevice()
      ? "character device"
      : info.isBlockDevice()
        ? "block device"
        : info.isSocket()
          ? "socket"
          : info.isDirectory()
            ? "directory"
            : "unknown type";
  return `not a regular file (${kind})`;
}

/**
 * Recurses in sorted order, skipping dotfiles, silently skipping files of other types. `visited` holds every
 * folder read (a second link to one is not read twice), `ancestors` the folders above this one (real path →
 * path as given): a link back to one of them is a loop, reported once.
 */
async function walk(
  root: string,
  relative: string,
  found: Candidate[],
  problems: InputProblem[],
  visited: Set<string>,
  ancestors: ReadonlyMap<string, string>,
): Promise<void> {
  const dir = path.join(root, relative);
  let entries;
  let real;
  try {
    real = await realpath(dir);
    const above = ancestors.get(real);
    if (above !== undefined) {
      problems.push({ file: dir, problem: `skipped: symbolic link loop (back to ${above})` });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: dir, problem: describeFsError(error, dir) });
    return;
  }
  const inside = new Map(ancestors).set(real, dir);
  const kept = entries.filter((e) => !e.name.startsWith("."));
  for (const entry of kept.sort((a, b) => byCodeUnit(a.name, b.name))) {
    const name = entry.name;
    const rel = relative ? `${relative}/${name}` : name;
    const full = path.join(root, rel);
    let info;
    try {
      info = await stat(full); // follows symbolic links
    } catch (error) {
      // A plain file of another type is ignored, broken or not; anything that may be an article or a folder
      // (a link, a subfolder past the path-length limit) is said, or its articles would vanish unnoticed.
      if (isArticleFile(name) || !entry.isFile()) {
        problems.push({ file: full, problem: describeFsError(error, full) });
      }
      continue;
    }
    if (info.isDirectory()) await walk(root, rel, found, problems, visited, inside);
    else if (!isArticleFile(name)) continue;
    else if (info.isFile()) found.push({ path: full, file: full, id: rel });
    else problems.push({ file: full, problem: notRegular(info) });
  }
}

/** The same file reached twice is read once; two files with the same id keep the first (by path). */
async function withoutDuplicates(found: Candidate[], problems: InputProblem[]): Promise<Candidate[]> {
  const sorted = [...found].sort((a, b) => byCodeUnit(a.id, b.id) || byCodeUnit(a.file, b.file));
  const kept: Candidate[] = [];
  const byId = new Map<string, { file: string; real: string }>();
  for (const candidate of sorted) {
    const real = await realpath(candidate.path).catch(() => candidate.path);
    const first = byId.get(candidate.id);
    if (!first) {
      byId.set(candidate.id, { file: candidate.file, real });
      kept.push(candidate);
    } else if (first.real !== real) {
      problems.push({
        file: candidate.file,
        problem: `skipped: article id "${candidate.id}" is already taken by ${first.file}`,
      });
    }
  }
  return kept;
}

async function readCandidate(candidate: Candidate, maxFileBytes: number): Promise<ReadResult> {
  const fail = (problem: string): ReadResult => ({
    articles: [],
    problems: [{ file: candidate.file, problem }],
  });
  let handle;
  try {
    // Non-blocking, so a file swapped for a FIFO after the walk cannot hang the open; checked again here.
    handle = await open(candidate.path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return fail(notRegular(info));
    const { size } = info;
    if (size > maxFileBytes) return fail(tooLarge(size, maxFileBytes));
    const bytes = await handle.readFile();
    return parseArticleFile(candidate.file, candidate.id, bytes);
  } catch (error) {
    return fail(describeFsError(error));
  } finally {
    await handle?.close();
  }
}

/** The problem with a path, worded for a person; `file` gives the length when the path is too long. */
export function describeFsError(error: unknown, file?: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENAMETOOLONG":
      return file === undefined
        ? "unreadable (path too long)"
        : `unreadable (path too long: ${Buffer.byteLength(path.resolve(file))} bytes, past the system's limit)`;
    case "ENOENT":
      return "unreadable (no such file or directory)";
    case "EACCES":
    case "EPERM":
      return "unreadable (permission denied)";
    case "EISDIR":
      return "unreadable (is a directory)";
    case "ELOOP":
      return "unreadable (too many symbolic links)";
    default:
      return `unreadable (${code ?? errorMessage(error)})`;
  }
}
