// The extraction cache in process: keys, entries that tell their damage, the store on disk, and the
// builder version that a change to the extractor's source or data moves.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheKey, decodeEntry, encodeEntry, rebind } from "../graph/cache/entry.ts";
import { ExtractionCache } from "../graph/cache/store.ts";
import { builderVersion, sourceHash } from "../graph/records/builder-version.ts";
import type { ArticleExtraction } from "../graph/types.ts";
import { article, entity, extraction } from "./builder-helpers.ts";

const russia = entity("Russia");
const whatsapp = entity("WhatsApp", "platform");
const sample: ArticleExtraction = extraction(
  "a.txt",
  [
    [russia, "Russia"],
    [whatsapp, "WhatsApp"],
  ],
  [[russia, "blocks", whatsapp, 12]],
);
const stamp = { builder: "b1", lexicon: "l1" };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-cache-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("cache keys", () => {
  it("change with the text, the lexicon and the builder, and with nothing else", () => {
    const key = cacheKey("text", stamp);
    expect(cacheKey("text", { ...stamp })).toBe(key);
    expect(cacheKey("text ", stamp)).not.toBe(key);
    expect(cacheKey("text", { ...stamp, lexicon: "l2" })).not.toBe(key);
    expect(cacheKey("text", { ...stamp, builder: "b2" })).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("cache entries", () => {
  const key = cacheKey("text", stamp);
  const entry = Buffer.from(encodeEntry(key, sample));

  it("read back what was written", () => {
    expect(decodeEntry(entry, key)).toEqual({ ok: true, extraction: sample });
  });

  it("say when they are truncated, corrupted or foreign", () => {
    const damage = (content: Buffer | string, k = key) => {
      const decoded = decodeEntry(Buffer.from(content), k);
      return decoded.ok ? "ok" : decoded.damage;
    };
    expect(damage("")).toBe("truncated (empty)");
    expect(damage(entry.subarray(0, entry.length - 20))).toMatch(/^truncated \(\d+ of \d+ bytes\)$/);
    expect(damage(entry.subarray(0, 30))).toMatch(/^truncated or foreign/);
    const flipped = Buffer.from(entry);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 10) ^ 0x01, flipped.length - 10);
    expect(damage(flipped)).toBe("corrupted (checksum mismatch)");
    expect(damage(Buffer.concat([entry, Buffer.from("more\n")]))).toBe("corrupted (wrong length)");
    expect(damage(entry, cacheKey("other text", stamp))).toBe("foreign (written for another key)");
    expect(damage('{"graph":1}\n{}\n')).toBe("foreign (not a Newsgraph cache entry)");
    expect(damage("PK\u0003\u0004 zip bytes\nmore")).toMatch(/^foreign/);
    // a checksum that matches over a payload that is no extraction
    const wrongShape = encodeEntry(key, { ...sample, mentions: "none" } as unknown as ArticleExtraction);
    expect(damage(wrongShape)).toBe('foreign (extraction.mentions: expected an array, got "none")');
  });

  it("are rebound to the id of the article that has the same text", () => {
    const moved = rebind(sample, "moved/a.txt");
    expect(moved.article).toBe("moved/a.txt");
    expect(moved.relations.map((r) => r.evidence.article)).toEqual(["moved/a.txt"]);
    expect(moved.mentions).toEqual(sample.mentions);
    expect(sample.relations[0]!.evidence.article).toBe("a.txt"); // the cached one is untouched
    expect(rebind(sample, "a.txt")).toBe(sample);
  });
});

describe("the cache on disk", () => {
  it("misses, then hits, for any article with the same text, and leaves no temporary file", async () => {
    const cache = new ExtractionCache(path.join(dir, "store"), stamp);
    const a = article("a.txt", "Russia blocked WhatsApp.");
    expect(await cache.get(a)).toBeUndefined();
    await cache.put(a, sample);
    expect(await cache.get(a)).toEqual(sample);
    expect((await cache.get(article("b.txt", a.text)))?.article).toBe("b.txt");
    expect(await cache.get(article("a.txt", "Another text."))).toBeUndefined();
    expect(await new ExtractionCache(path.join(dir, "store"), { ...stamp, lexicon: "l2" }).get(a)).toBe(
      undefined,
    );
    const [fanout] = await readdir(path.join(dir, "store"));
    expect(await readdir(path.join(dir, "store", fanout!))).toEqual([`${cacheKey(a.text, stamp)}.entry`]);
    expect(cache.damaged).toEqual([]);
  });

  it("records a damaged entry once, as a miss, and a rewrite repairs it", async () => {
    const cache = new ExtractionCache(path.join(dir, "damaged"), stamp);
    const a = article("a.txt", "Damaged text.");
    await cache.put(a, sample);
    const key = cacheKey(a.text, stamp);
    const file = path.join(dir, "damaged", key.slice(0, 2), `${key}.entry`);
    const content = await readFile(file);
    await writeFile(file, content.subarray(0, content.length / 2));
    expect(await cache.get(a)).toBeUndefined();
    expect(cache.damaged).toEqual([
      { entry: `${key.slice(0, 2)}/${key}.entry`, damage: expect.stringMatching(/^truncated/) },
    ]);
    await cache.put(a, sample);
    expect(await cache.get(a)).toEqual(sample);
    expect(cache.damaged).toHaveLength(1);
  });

  it("says once that it cannot write, and goes on without it", async () => {
    const readOnly = path.join(dir, "read-only");
    await mkdir(readOnly);
    await chmod(readOnly, 0o555);
    const cache = new ExtractionCache(readOnly, stamp);
    await cache.put(article("a.txt", "one"), sample);
    await cache.put(article("a.txt", "two"), sample);
    // root ignores permissions; then the entries are written, which is fine too
    if ((await readdir(readOnly)).length === 0) expect(cache.writeProblem).toBe("(permission denied)");
    await chmod(readOnly, 0o755);
    const blocked = new ExtractionCache(path.join(dir, "a-file"), stamp);
    await writeFile(path.join(dir, "a-file"), "not a folder");
    await blocked.put(article("a.txt", "one"), sample);
    expect(blocked.writeProblem).toBe("(a file stands where a folder should be)");
  });
});

describe("the builder version", () => {
  it("is a stable hash of the extractor as it is", () => {
    expect(builderVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(builderVersion()).toBe(builderVersion());
  });

  it("moves with any module or data file the entry imports, and with nothing else", async () => {
    const tree = path.join(dir, "tree");
    await mkdir(path.join(tree, "src", "rules"), { recursive: true });
    await mkdir(path.join(tree, "data"), { recursive: true });
    const write = (file: string, text: string) => writeFile(path.join(tree, file), text);
    await write(
      "src/index.ts",
      [
        'import { rule } from "./rules/a.ts";',
        "import {",
        "  other,",
        '} from "./rules/b.ts";',
        'import words from "../data/words.json" with { type: "json" };',
        'import nlp from "compromise";',
        '// a comment that reads from "./nowhere.ts" is no import',
        'const text = "from" + "x";',
        "export const all = [rule, other, words, nlp, text];",
      ].join("\n"),
    );
    await write("src/rules/a.ts", "export const rule = 1;\n");
    await write("src/rules/b.ts", 'export { rule as other } from "./c.ts";\n');
    await write("src/rules/c.ts", "export const rule = 2;\n");
    await write("data/words.json", '["block"]\n');
    await write("src/unused.ts", "export const unused = 0;\n");
    const entry = [path.join(tree, "src", "index.ts")];
    const before = sourceHash(entry);
    expect(sourceHash(entry)).toBe(before);

    await write("src/unused.ts", "export const unused = 1;\n");
    expect(sourceHash(entry)).toBe(before);
    await write("src/rules/c.ts", "export const rule = 3;\n"); // two imports away
    const ruleChanged = sourceHash(entry);
    expect(ruleChanged).not.toBe(before);
    await write("data/words.json", '["block", "ban"]\n');
    expect(sourceHash(entry)).not.toBe(ruleChanged);
  });
});
