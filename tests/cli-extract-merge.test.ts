// `graph extract` and `graph merge` as a user runs them: four shards merged in any order give the bytes
// of `graph build`, bad records are named by file and line, records that cannot make one graph stop it.
import { appendFile, cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphCli, root } from "./cli-helpers.ts";

let dir: string;
let corpus: string;
const shard = (i: number) => path.join(dir, `shard-${i}.jsonl`);
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-extract-merge-"));
  corpus = path.join(dir, "corpus");
  await cp(path.join(root, "sources"), path.join(corpus, "seeds"), { recursive: true });
  await cp(path.join(root, "tests/fixtures/dev"), path.join(corpus, "dev"), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ids = async (file: string) =>
  (await readFile(file, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { article: { id: string } }).article.id);

describe("graph extract, then graph merge", () => {
  it("give the bytes of graph build from four shards merged in any order", async () => {
    const built = path.join(dir, "built.json");
    expect((await graphCli("build", corpus, "--out", built, "--no-cache", "--quiet")).code).toBe(0);
    // two at a time: the machine has two cores
    for (const pair of [
      [1, 2],
      [3, 4],
    ])
      for (const run of await Promise.all(
        pair.map((i) => graphCli("extract", corpus, "--shard", `${i}/4`, "--out", shard(i), "--no-cache")),
      )) {
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).toMatch(/^Extracted \d+ articles? \(shard \d\/4: \d+ of 17\) to /);
      }
    const shards = await Promise.all([1, 2, 3, 4].map((i) => ids(shard(i))));
    // every article in exactly one shard
    expect(shards.flat()).toHaveLength(17);
    expect(new Set(shards.flat()).size).toBe(17);
    expect(shards.filter((s) => s.length > 0).length).toBeGreaterThan(1);

    const expected = await readFile(built, "utf8");
    for (const order of [
      [4, 2, 1, 3],
      [1, 2, 3, 4],
    ]) {
      const out = path.join(dir, `merged-${order.join("")}.json`);
      const run = await graphCli("merge", ...order.map(shard), "--out", out);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/^Merged .* 17 articles, \d+ sentences/);
      expect(await readFile(out, "utf8")).toBe(expected);
    }
  }, 180_000);

  it("pass the reduce-side options through as graph build does", async () => {
    const built = path.join(dir, "built-options.json");
    const options = ["--keep-isolated", "--max-evidence", "1"];
    expect((await graphCli("build", corpus, "--out", built, "--no-cache", "--quiet", ...options)).code).toBe(
      0,
    );
    const merged = path.join(dir, "merged-options.json");
    const run = await graphCli("merge", ...[3, 1, 4, 2].map(shard), "--out", merged, "--quiet", ...options);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(await readFile(merged, "utf8")).toBe(await readFile(built, "utf8"));
  }, 60_000);

  it("names every bad line by file and line, and merges the rest", async () => {
    const damaged = path.join(dir, "damaged.jsonl");
    await cp(shard(1), damaged);
    await appendFile(damaged, '{"truncated": \n\n{"newsgraph":"newsgraph-article-record","version":9}\n');
    const lines = (await readFile(damaged, "utf8")).split("\n");
    const out = path.join(dir, "merged-damaged.json");
    const others = [2, 3, 4].map(shard);
    const run = await graphCli("merge", damaged, ...others, "--out", out, "--quiet");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      new RegExp(`^${damaged}:${lines.length - 3}: not JSON \\(.*\\); skipped$`, "m"),
    );
    expect(run.stderr).toContain(
      `${damaged}:${lines.length - 1}: record version 9 is newer than this Newsgraph reads (1); update Newsgraph or re-extract; skipped`,
    );
    expect(await readFile(out, "utf8")).toBe(await readFile(path.join(dir, "built.json"), "utf8"));

    const strict = path.join(dir, "merged-strict.json");
    const refused = await graphCli("merge", damaged, ...others, "--out", strict, "--strict");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("graph merge: --strict and 2 input problems; nothing written");
    await expect(stat(strict)).rejects.toThrow();
  }, 60_000);

  it("stops at records extracted with other lexicons, naming both lines", async () => {
    const lexicon = path.join(dir, "extra.json");
    await writeFile(
      lexicon,
      JSON.stringify({ entities: [{ name: "Orbo", kind: "platform", category: "messenger", aliases: [] }] }),
    );
    const other = path.join(dir, "other-lexicon.jsonl");
    const extracted = await graphCli(
      "extract",
      path.join(corpus, "seeds"),
      "--out",
      other,
      "--lexicon",
      lexicon,
      "--quiet",
    );
    expect(extracted.code).toBe(0);
    const out = path.join(dir, "mixed.json");
    const run = await graphCli("merge", shard(1), shard(2), other, "--out", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^graph merge: ${other}:1: extracted with builder [0-9a-f]{16}, lexicon [0-9a-f]{16} \\(--lexicon extra\\.json\\), but .*shard-[12]\\.jsonl:1 with builder`,
      ),
    );
    expect(run.stderr).toMatch(/extract them again; nothing written\n$/);
    await expect(stat(out)).rejects.toThrow();
  }, 60_000);

  it("say what is wrong with what they are given", async () => {
    const graph = path.join(dir, "built.json");
    const empty = path.join(dir, "empty.jsonl");
    await writeFile(empty, "");
    const out = path.join(dir, "never.json");
    const cases: [string[], number, RegExp][] = [
      [
        ["extract", corpus, "--out", out, "--shard", "5/4"],
        2,
        /--shard expects i\/n with 1 ≤ i ≤ n, such as 1\/4, not "5\/4"/,
      ],
      [["extract", corpus], 2, /--out <records\.jsonl> is required/],
      [["extract", "--out", out], 2, /no input files or folders given/],
      [["merge", shard(1)], 2, /--out <graph\.json> is required/],
      [["merge", "--out", out], 2, /no records files given/],
      [
        ["merge", shard(1), "--out", out, "--max-evidence", "0"],
        2,
        /--max-evidence expects a positive whole number/,
      ],
      [["merge", empty, "--out", out], 1, /graph merge: no records to merge; nothing written/],
      [["merge", graph, "--out", out], 1, /built\.json:1: not a Newsgraph article record .*; skipped\n/],
      [["extract", path.join(dir, "missing"), "--out", out], 1, /no articles to extract in the inputs/],
    ];
    for (const [args, code, message] of cases) {
      const run = await graphCli(...args);
      expect({ args, code: run.code }).toEqual({ args, code });
      expect(run.stderr).toMatch(message);
    }
    for (const command of ["extract", "merge"]) {
      const help = await graphCli(command, "--help");
      expect(help.code).toBe(0);
      expect(help.stdout).toContain("graph build");
    }
    expect((await graphCli("extract", "--help")).stdout).toContain("--shard <i/n>");
  }, 90_000);
});
