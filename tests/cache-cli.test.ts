// The extraction cache as a user meets it through `graph build`: reuse, what invalidates it, damaged
// entries, two builds sharing it at once, and always the bytes of a build without it.
import { cp, mkdtemp, readdir, readFile, rename, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeEntry } from "../graph/cache/entry.ts";
import { graphCli, root } from "./cli-helpers.ts";

let dir: string;
let corpus: string;
let cache: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-cache-cli-"));
  corpus = path.join(dir, "corpus");
  cache = path.join(dir, "cache");
  await cp(path.join(root, "sources"), corpus, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let runs = 0;
/** Builds `inputs` and returns the graph's bytes and stderr; exit code 0 required. */
async function build(inputs: string, ...options: string[]): Promise<{ bytes: string; stderr: string }> {
  const out = path.join(dir, `graph-${++runs}.json`);
  const run = await graphCli("build", inputs, "--out", out, "--workers", "1", ...options);
  expect(run.code, run.stderr).toBe(0);
  return { bytes: await readFile(out, "utf8"), stderr: run.stderr };
}
const clean = async (inputs: string, ...options: string[]) =>
  (await build(inputs, "--no-cache", ...options)).bytes;

async function entries(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const fanout of await readdir(folder))
    for (const name of await readdir(path.join(folder, fanout))) found.push(path.join(folder, fanout, name));
  return found.sort();
}

describe("graph build with the cache", () => {
  it("extracts once, then reuses, with the bytes of a build without it", async () => {
    const first = await build(corpus, "--cache", cache);
    expect(first.stderr).toContain(`cache: 0 articles reused, 5 extracted (${cache})`);
    const second = await build(corpus, "--cache", cache);
    expect(second.stderr).toContain("cache: 5 articles reused, 0 extracted");
    const uncached = await build(corpus, "--no-cache");
    expect(uncached.stderr).toContain("5 articles extracted (no cache)");
    expect(first.bytes).toBe(uncached.bytes);
    expect(second.bytes).toBe(uncached.bytes);
    expect(await entries(cache)).toHaveLength(5);
  }, 60_000);

  it("extracts only an added article, and reuses a renamed one", async () => {
    await cp(
      path.join(root, "tests/fixtures/dev/07_senegal_tiktok_2023.txt"),
      path.join(corpus, "added.txt"),
    );
    const [first] = (await readdir(corpus)).sort();
    await rename(path.join(corpus, first!), path.join(corpus, `renamed-${first}`));
    const rebuilt = await build(corpus, "--cache", cache);
    expect(rebuilt.stderr).toContain("cache: 5 articles reused, 1 extracted");
    expect(rebuilt.bytes).toContain(`renamed-${first}`);
    expect(rebuilt.bytes).toBe(await clean(corpus));
  }, 60_000);

  it("is bypassed by a lexicon change, and serves the old lexicon's entries again after it", async () => {
    const lexicon = path.join(dir, "extra.json");
    await writeFile(
      lexicon,
      JSON.stringify({
        entities: [{ name: "Teranga Fibre Cooperative", kind: "actor", category: "company", aliases: [] }],
      }),
    );
    const withLexicon = await build(corpus, "--cache", cache, "--lexicon", lexicon);
    expect(withLexicon.stderr).toContain("cache: 0 articles reused, 6 extracted");
    expect(withLexicon.bytes).toBe(await clean(corpus, "--lexicon", lexicon));
    expect((await build(corpus, "--cache", cache, "--lexicon", lexicon)).stderr).toContain(
      "cache: 6 articles reused, 0 extracted",
    );
    expect((await build(corpus, "--cache", cache)).stderr).toContain("cache: 6 articles reused, 0 extracted");
  }, 90_000);

  it("reports truncated, corrupted and foreign entries once, extracts them again and repairs them", async () => {
    const reference = await clean(corpus);
    const fresh = path.join(dir, "fresh-cache"); // the shared one also holds the --lexicon build's entries
    await build(corpus, "--cache", fresh);
    const own = (await entries(fresh)).slice(0, 3);
    const [truncated, corrupted, foreign] = own as [string, string, string];
    await truncate(truncated, 100);
    const bytes = await readFile(corrupted);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 40) ^ 0x20, bytes.length - 40);
    await writeFile(corrupted, bytes);
    await writeFile(foreign, '{"some":"other tool"}\n{}\n');

    const repaired = await build(corpus, "--cache", fresh);
    const lines = repaired.stderr.split("\n").filter((l) => l.includes("damaged"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^graph build: cache .*: 3 damaged entries re-extracted \(/);
    for (const damage of [
      "truncated",
      "corrupted (checksum mismatch)",
      "foreign (not a Newsgraph cache entry)",
    ])
      expect(lines[0]).toContain(damage);
    expect(repaired.bytes).toBe(reference);

    const after = await build(corpus, "--cache", fresh);
    expect(after.stderr).not.toContain("damaged");
    expect(after.bytes).toBe(reference);
  }, 90_000);

  it("stays valid when two builds share it at once", async () => {
    const shared = path.join(dir, "shared-cache");
    const dev = path.join(root, "tests/fixtures/dev");
    const [left, right] = [path.join(dir, "left"), path.join(dir, "right")];
    const names = (await readdir(dev)).sort();
    for (const [folder, picked] of [
      [left, names.slice(0, 8)],
      [right, names.slice(4)],
    ] as const)
      for (const name of picked) await cp(path.join(dev, name), path.join(folder, name));

    const runs = await Promise.all(
      [left, right].map((folder) =>
        graphCli("build", folder, "--out", path.join(folder, "graph.json"), "--cache", shared, "--quiet"),
      ),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const files = await entries(shared);
    expect(files).toHaveLength(names.length);
    for (const file of files) {
      const key = path.basename(file, ".entry");
      expect(decodeEntry(await readFile(file), key)).toMatchObject({ ok: true });
    }
    const union = await build(dev, "--cache", shared);
    expect(union.stderr).toContain(`cache: ${names.length} articles reused, 0 extracted`);
    expect(union.stderr).not.toContain("damaged");
    expect(union.bytes).toBe(await clean(dev));
  }, 120_000);

  it("is kept beside --out by default, and a cache that cannot be written only costs a warning", async () => {
    const out = path.join(dir, "default", "graph.json");
    expect((await graphCli("build", corpus, "--out", out, "--quiet")).code).toBe(0);
    expect(await entries(path.join(dir, "default", ".newsgraph", "cache"))).toHaveLength(6);

    const notAFolder = path.join(dir, "not-a-folder");
    await writeFile(notAFolder, "");
    const blocked = await build(corpus, "--cache", notAFolder);
    expect(blocked.stderr).toMatch(
      /graph build: cache .*not-a-folder: cannot write entries \(a file stands where a folder should be\); this run's extractions are not cached/,
    );
    expect(blocked.stderr).not.toContain("damaged");
    expect(blocked.bytes).toBe(await clean(corpus));

    const both = await graphCli("build", corpus, "--out", out, "--cache", cache, "--no-cache");
    expect(both).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--cache and --no-cache contradict"),
    });
  }, 90_000);
});
