// Map and reduce in process: records of real extractions, split into random shards, serialized, read
// back and merged in a random order, give the bytes of one merge of them all, which is what graph build
// writes (tests/cli-extract-merge.test.ts holds the CLI to that).
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { extractArticles } from "../graph/cli/extract-articles.ts";
import { noProgress } from "../graph/cli/progress.ts";
import { inShard, parseShard } from "../graph/cli/shard.ts";
import { defaultLexicon } from "../graph/extract/index.ts";
import { serializeGraph } from "../graph/merge/index.ts";
import { mergeRecords, type MergeOptions } from "../graph/merge/records.ts";
import { readInputs } from "../graph/read/files.ts";
import { parseRecordLine, type ArticleRecord } from "../graph/records/format.ts";
import { root } from "./cli-helpers.ts";

const options: MergeOptions = {
  keepIsolated: false,
  maxEvidence: 3, // small, so which evidence a capped edge keeps is part of what must not depend on order
  builtWith: { version: "test", options: {} },
};

let records: ArticleRecord[];
let whole: string;
beforeAll(async () => {
  const { articles } = await readInputs([
    path.join(root, "sources"),
    path.join(root, "tests", "fixtures", "dev"),
  ]);
  const silent = { write: () => true };
  const lexicon = { lexicon: defaultLexicon(), lexiconFiles: [], workers: 1, cacheDir: null };
  ({ records } = await extractArticles(articles, { ...lexicon, progress: noProgress }, silent, "test"));
  whole = serializeGraph(mergeRecords(records, options).graph);
}, 120_000);

describe("shards merged", () => {
  it("give the same bytes for any split into shards and any order of the shards", () => {
    expect(records.length).toBeGreaterThan(10);
    expect(JSON.parse(whole).edges.length).toBeGreaterThan(20);
    // Evidence dated from its sentences is part of what must not depend on the split.
    expect(whole).toContain('"dateSource":"text"');
    const all = [...records.keys()];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((shards) =>
          fc.record({
            shards: fc.constant(shards),
            assignment: fc.array(fc.nat(shards - 1), {
              minLength: records.length,
              maxLength: records.length,
            }),
            // the order records are written in within a shard, and the order the shards are read in
            written: fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
            order: fc.shuffledSubarray([...Array(shards).keys()], { minLength: shards, maxLength: shards }),
          }),
        ),
        ({ shards, assignment, written, order }) => {
          // each shard as its records file holds it: one line per record
          const files: string[][] = Array.from({ length: shards }, () => []);
          for (const i of written) files[assignment[i]!]!.push(JSON.stringify(records[i]));
          const read = order.flatMap((s) => files[s]!.map(parseRecordLine));
          expect(serializeGraph(mergeRecords(read, options).graph)).toBe(whole);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe("--shard i/n", () => {
  it("puts every article in exactly one of the n shards", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { maxLength: 50 }),
        fc.integer({ min: 1, max: 9 }),
        (ids, n) => {
          for (const id of ids) {
            const owners = [...Array(n).keys()].filter((i) => inShard(id, { index: i + 1, count: n }));
            expect(owners).toHaveLength(1);
          }
        },
      ),
    );
  });

  it("spreads articles over the shards", () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `corpus/${String(i).padStart(5, "0")}.txt`);
    for (let i = 1; i <= 4; i++) {
      const size = ids.filter((id) => inShard(id, { index: i, count: 4 })).length;
      expect(size).toBeGreaterThan(900);
      expect(size).toBeLessThan(1100);
    }
  });

  it("reads i/n, and refuses what is not", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/4", "5/4", "1/0", "2", "a/b", "1/4/2", "-1/4", "1.5/4"])
      expect(() => parseShard(bad)).toThrow(/--shard expects i\/n with 1 ≤ i ≤ n/);
  });
});
