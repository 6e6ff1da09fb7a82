import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../graph/write.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes a new file and replaces an old one", async () => {
    const target = path.join(dir, "graph.json");
    await writeFileAtomic(target, '{"v":1}');
    await writeFileAtomic(target, '{"v":2}');
    expect(await readFile(target, "utf8")).toBe('{"v":2}');
    expect(await readdir(dir)).toEqual(["graph.json"]);
  });

  it("writes streamed chunks in order", async () => {
    const target = path.join(dir, "graph.json");
    await writeFileAtomic(target, ["[", "1,", new TextEncoder().encode("2"), "]"]);
    expect(await readFile(target, "utf8")).toBe("[1,2]");
  });

  it("leaves the previous file intact and no temporary file when writing fails midway", async () => {
    const target = path.join(dir, "graph.json");
    await writeFile(target, "previous graph");
    function* failing() {
      yield '{"nodes": [';
      throw new Error("serialization failed");
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow("serialization failed");
    expect(await readFile(target, "utf8")).toBe("previous graph");
    expect(await readdir(dir)).toEqual(["graph.json"]);
  });

  it("leaves no temporary file when the final rename fails", async () => {
    const target = path.join(dir, "taken");
    await mkdir(path.join(target, "child"), { recursive: true }); // a non-empty directory cannot be replaced
    await expect(writeFileAtomic(target, "data")).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["taken"]);
  });

  it("fails cleanly when the directory does not exist", async () => {
    await expect(writeFileAtomic(path.join(dir, "missing", "graph.json"), "data")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});
