import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeStaleTemps, writeFileAtomic } from "../graph/write.ts";
import { root } from "./cli-helpers.ts";

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

describe("writeFileAtomic, interrupted", () => {
  const script = path.join(root, "tests", "fixtures", "hostile", "cli", "interrupted-write.ts");

  it.each(["SIGINT", "SIGTERM"] as const)(
    "removes its temporary file on %s and ends by the signal",
    async (signal) => {
      const target = path.join(dir, "graph.json");
      const child = spawn(process.execPath, ["--import", "tsx", script, target], { cwd: root });
      const ended = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("close", (_code, s) => resolve(s)),
      );
      await new Promise<void>((resolve) =>
        child.stdout.on("data", (d: Buffer) => d.includes("writing") && resolve()),
      );
      expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(await readdir(dir)).toEqual([]);
    },
    60_000,
  );

  it("removes stale temporary files of its own pattern whose process is gone, and only those", async () => {
    // 2^22 + 1 is above Linux's highest possible pid: that writer is certainly gone.
    const names = [
      ".graph.json.4194305.deadbeef.tmp", // stale: removed
      `.graph.json.${process.pid}.cafebabe.tmp`, // a live writer's: kept
      ".graph.json.4194305.notes.tmp", // not our pattern: kept
      ".other.json.4194305.deadbeef.tmp", // another target's: kept
    ];
    for (const name of names) await writeFile(path.join(dir, name), "partial");
    await removeStaleTemps(dir, "graph.json");
    expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort());
  });
});
