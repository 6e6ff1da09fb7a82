// The extraction cache on disk (`--cache DIR`): one file per key, in 256 folders by the key's first two
// hex digits. Writes go to a temporary file beside the entry, then rename over it: a reader, or a second
// build sharing the folder, sees no entry or a whole one. Entries are not flushed to disk one by one (a
// thousand fsyncs would cost more than the extraction they save); the checksum catches what a power cut
// leaves, and such an entry is re-extracted. Deleting the folder is always safe.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { describeFsError } from "../read/files.ts";
import type { Article, ArticleExtraction } from "../types.ts";
import { cacheKey, decodeEntry, encodeEntry, rebind, type CacheStamp } from "./entry.ts";

export interface DamagedEntry {
  /** Path of the entry relative to the cache folder. */
  entry: string;
  damage: string;
}

export class ExtractionCache {
  /** Entries found damaged (and so re-extracted and rewritten) in this run. */
  readonly damaged: DamagedEntry[] = [];
  /** Why entries could not be written, the first time it happened; the build goes on without them. */
  writeProblem: string | undefined;

  constructor(
    readonly dir: string,
    private readonly stamp: CacheStamp,
  ) {}

  /** The cached extraction of this article's text, made for this article's id; undefined on a miss. */
  async get(article: Article): Promise<ArticleExtraction | undefined> {
    const key = cacheKey(article.text, this.stamp);
    let content: Buffer;
    try {
      content = await readFile(this.file(key));
    } catch (error) {
      // no entry, or no folder for it (a file in its place: said once, when writing fails)
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR")
        this.damaged.push({ entry: this.relative(key), damage: describeFsError(error) });
      return undefined;
    }
    const decoded = decodeEntry(content, key);
    if (!decoded.ok) {
      this.damaged.push({ entry: this.relative(key), damage: decoded.damage });
      return undefined;
    }
    return rebind(decoded.extraction, article.id);
  }

  async put(article: Article, extraction: ArticleExtraction): Promise<void> {
    if (this.writeProblem !== undefined) return;
    const key = cacheKey(article.text, this.stamp);
    const target = this.file(key);
    const temp = path.join(
      path.dirname(target),
      `.${key}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
    );
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temp, encodeEntry(key, extraction), { flag: "wx" });
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => {});
      this.writeProblem ??= writeFailure(error);
    }
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.entry`);
  }

  private relative(key: string): string {
    return `${key.slice(0, 2)}/${key}.entry`;
  }
}

/** Why an entry could not be written, as a person reads it. */
function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "(permission denied)";
    case "EROFS":
      return "(read-only file system)";
    case "ENOSPC":
    case "EDQUOT":
      return "(no space left)";
    case "ENOTDIR":
    case "EEXIST":
      return "(a file stands where a folder should be)";
    default:
      return `(${code ?? String(error)})`;
  }
}
