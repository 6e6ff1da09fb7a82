// `--shard i/n`: which articles one of n map tasks extracts. By a hash of the article's id, not its
// position, so an article stays in its shard when others are added, and every task decides alone.
import { createHash } from "node:crypto";
import { UsageError } from "./io.ts";

export interface Shard {
  /** 1-based, as in "--shard 1/4" … "--shard 4/4". */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n, such as 1/4, not "${text}"`);
  return { index, count };
}

/** Whether the article (or the file of a problem) with this id belongs to the shard. */
export function inShard(id: string, { index, count }: Shard): boolean {
  if (count === 1) return true;
  return createHash("sha256").update(id).digest().readUInt32BE(0) % count === index - 1;
}
