// Reading records files for the merge: JSON Lines, one article record a line, read as a stream (a shard
// can be larger than a string may be). Every line is checked; a bad one is a problem named by file and
// line, and the rest is still merged. Records that cannot make one graph together stop the merge: they
// were extracted by different builders or lexicons, or give one article two different extractions.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { byCodeUnit } from "../order.ts";
import { describeFsError, notRegular } from "../read/files.ts";
import type { InputProblem } from "../types.ts";
import { parseRecordLine, RecordError, type ArticleRecord } from "./format.ts";

/** Bad lines of one file reported one by one; past that, one line counts the rest. */
const BAD_LINES_SHOWN = 5;

/** Records that cannot be merged into one graph; the message says where and why. */
export class RecordsConflict extends Error {}

export interface RecordsRead {
  /** In the order read; one per article id. */
  records: ArticleRecord[];
  /** Unreadable files and lines that are not valid records. */
  problems: InputProblem[];
  /** Records files read. */
  files: number;
}

/** Every record of the inputs, held at once (see streamRecords for one at a time). */
export async function readRecords(inputs: readonly string[]): Promise<RecordsRead> {
  const records: ArticleRecord[] = [];
  const streamed = await streamRecords(inputs, (record) => records.push(record));
  return { ...streamed, records };
}

/**
 * Hands each valid record, once per article, to `onRecord` as it is read, so the caller keeps of it only
 * what it needs. Throws RecordsConflict (possibly after some records were handed on).
 */
export async function streamRecords(
  inputs: readonly string[],
  onRecord: (record: ArticleRecord) => void,
): Promise<Omit<RecordsRead, "records">> {
  const result = { problems: [] as InputProblem[], files: 0 };
  const seen = new Map<string, { at: string; digest: string }>();
  // the first record's stamp and where it was, not the record: it would stay in memory to the end
  let first: { at: string; stamp: string; described: string } | undefined;

  for (const file of await recordFiles(inputs, result.problems)) {
    let bad = 0;
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let n = 0;
    try {
      result.files++;
      for await (const line of lines) {
        n++;
        if (line.trim() === "") continue;
        const at = `${file}:${n}`;
        let record: ArticleRecord;
        try {
          record = parseRecordLine(line);
        } catch (error) {
          if (!(error instanceof RecordError)) throw error;
          if (++bad <= BAD_LINES_SHOWN)
            result.problems.push({ file: at, problem: `${error.message}; skipped` });
          continue;
        }
        const stamp = stampOf(record);
        first ??= { at, stamp, described: describeStamp(record) };
        if (stamp !== first.stamp)
          throw new RecordsConflict(
            `${at}: extracted with ${describeStamp(record)}, but ${first.at} with ${first.described}; ` +
              `the records of one graph come from one Newsgraph version and the same --lexicon files: extract them again`,
          );
        const digest = createHash("sha256").update(line.trim()).digest("hex");
        const earlier = seen.get(record.article.id);
        if (earlier) {
          // The same record twice (a retried or speculative map task) is harmless; two versions are not.
          if (earlier.digest === digest) continue;
          throw new RecordsConflict(
            `${at}: article "${record.article.id}" has another record in ${earlier.at}; extract each article once (the shards of one --shard i/n run never overlap)`,
          );
        }
        seen.set(record.article.id, { at, digest });
        onRecord(record);
      }
    } catch (error) {
      if (error instanceof RecordsConflict) throw error;
      result.problems.push({ file: n > 0 ? `${file}:${n}` : file, problem: describeFsError(error) });
    } finally {
      lines.close();
    }
    if (bad > BAD_LINES_SHOWN)
      result.problems.push({
        file,
        problem: `${bad - BAD_LINES_SHOWN} more lines that are not valid records; skipped`,
      });
  }
  return result;
}

/** Files as given, and the files of folders given (a batch engine's output folder: part-00000, …). */
async function recordFiles(inputs: readonly string[], problems: InputProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch((error: unknown) => {
      problems.push({ file: input, problem: describeFsError(error, input) });
      return null;
    });
    if (!info) continue;
    if (info.isFile()) {
      files.push(input);
    } else if (info.isDirectory()) {
      // Names starting with "." or "_" are markers and temporary files (_SUCCESS, .part-0.crc), not records.
      const names = (await readdir(input)).filter((n) => !/^[._]/.test(n)).sort(byCodeUnit);
      for (const name of names) {
        const file = path.join(input, name);
        if ((await stat(file).catch(() => null))?.isFile()) files.push(file);
      }
    } else {
      problems.push({ file: input, problem: notRegular(info) });
    }
  }
  return files;
}

const stampOf = (r: ArticleRecord): string =>
  JSON.stringify([r.builder, r.lexicon.fingerprint, r.lexicon.files]);

function describeStamp(r: ArticleRecord): string {
  return (
    `builder ${r.builder}, lexicon ${r.lexicon.fingerprint}` +
    (r.lexicon.files.length > 0 ? ` (--lexicon ${r.lexicon.files.join(", ")})` : "")
  );
}
