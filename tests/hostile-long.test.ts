// `graph build` on text whose "sentences" are longer than any real one: a line of words without
// punctuation and a run-on sentence of clauses. The build succeeds without a problem, every evidence
// item is one readable piece (not the whole line), and the ordinary article beside them is extracted
// exactly as when it is built alone.
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS } from "../graph/extract/sentences.ts";
import type { EdgeAttributes, Evidence } from "../graph/types.ts";
import { graphCli, root } from "./cli-helpers.ts";
import { unpunctuatedLine } from "./fixtures/hostile/text/long-line.ts";

const ORDINARY = "000_5d416f94a00b42f5.txt";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-hostile-long-"));
  await mkdir(path.join(dir, "in"));
  await writeFile(path.join(dir, "in", "line.txt"), `Dump\n\n${unpunctuatedLine(200_000)}\n`);
  await copyFile(
    path.join(root, "tests/fixtures/hostile/text/run-on.txt"),
    path.join(dir, "in", "run-on.txt"),
  );
  await copyFile(path.join(root, "sources", ORDINARY), path.join(dir, "in", ORDINARY));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Builds `input` and returns the evidence of every edge, keyed by edge, and stderr. */
async function build(
  input: string,
  out: string,
): Promise<{ evidence: Map<string, Evidence[]>; stderr: string }> {
  const run = await graphCli("build", input, "--out", path.join(dir, out), "--quiet");
  expect(run.code, run.stderr).toBe(0);
  const graph = JSON.parse(await readFile(path.join(dir, out), "utf8")) as {
    edges: { key: string; attributes: EdgeAttributes }[];
  };
  return { evidence: new Map(graph.edges.map((e) => [e.key, e.attributes.evidence])), stderr: run.stderr };
}

describe("graph build: sentences longer than any real one", () => {
  it("builds them into readable evidence and leaves the other articles as they were", async () => {
    const all = await build(path.join(dir, "in"), "all.json");
    expect(all.stderr).toBe("");
    const items = [...all.evidence.values()].flat();
    const fromLine = items.filter((e) => e.article === "line.txt");
    const fromRunOn = items.filter((e) => e.article === "run-on.txt");
    expect(fromLine.length).toBeGreaterThan(10);
    expect(fromRunOn.length).toBeGreaterThan(0);
    for (const e of [...fromLine, ...fromRunOn]) {
      expect(e.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(e.end - e.start).toBe(e.sentence.length);
    }
    // the run-on sentence's evidence is a clause group, cut after a semicolon or whole at its end
    for (const e of fromRunOn) expect(e.sentence).toMatch(/(?:;|\.|at all)$/);

    const alone = await build(path.join(dir, "in", ORDINARY), "alone.json");
    const ordinary = new Map(
      [...all.evidence]
        .map(([key, evidence]) => [key, evidence.filter((e) => e.article === ORDINARY)] as const)
        .filter(([, evidence]) => evidence.length > 0),
    );
    expect(ordinary.size).toBeGreaterThan(0);
    expect(ordinary).toEqual(alone.evidence);
  });
});
