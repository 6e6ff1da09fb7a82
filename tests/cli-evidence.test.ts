// `graph build --max-evidence <n>` end to end: no edge keeps more than n evidence items, a capped edge says
// how many there were (weight and evidenceTotal), and a headline repeated in the body is not evidence twice.
// The assertions hold for whatever relations the extractor finds in these sentences.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EdgeAttributes } from "../graph/types.ts";
import { graphCli } from "./cli-helpers.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "newsgraph-cli-evidence-"));
  const days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
  await writeFile(
    path.join(dir, "block.txt"),
    "Russia blocks WhatsApp\n\nRussia blocks WhatsApp\n\n" +
      days.map((day) => `On ${day}, the Russian government blocked WhatsApp again.`).join("\n") +
      "\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Edge = { key: string; attributes: EdgeAttributes };
async function build(...options: string[]): Promise<{ edges: Edge[]; options: Record<string, unknown> }> {
  const out = path.join(dir, `g${options.join("")}.json`);
  const run = await graphCli("build", path.join(dir, "block.txt"), "--out", out, "--quiet", ...options);
  expect(run.code, run.stderr).toBe(0);
  const data = JSON.parse(await readFile(out, "utf8"));
  return { edges: data.edges, options: data.attributes.builtWith.options };
}

describe("graph build: evidence per edge", () => {
  it("--max-evidence caps what each edge keeps and records the total", async () => {
    const { edges, options } = await build("--max-evidence", "2");
    expect(options.maxEvidence).toBe(2);
    expect(edges.length).toBeGreaterThan(0);
    let capped = 0;
    for (const { attributes: a } of edges) {
      expect(a.evidence.length).toBeLessThanOrEqual(2);
      expect(a.weight).toBeGreaterThanOrEqual(a.evidence.length);
      if (a.weight > a.evidence.length) {
        capped++;
        expect(a.evidenceTotal).toBe(a.weight);
      } else expect(a).not.toHaveProperty("evidenceTotal");
    }
    expect(capped).toBeGreaterThan(0);
  });

  it("by default keeps them all here, each sentence of the article once", async () => {
    const { edges, options } = await build();
    expect(options.maxEvidence).toBe(50);
    for (const { key, attributes: a } of edges) {
      const sentences = a.evidence.map((e) => `${e.article}|${e.sentence}`);
      expect(new Set(sentences).size, key).toBe(sentences.length);
      expect(a.weight).toBe(a.evidence.length);
    }
  });

  it("refuses a --max-evidence that is not a positive whole number", async () => {
    for (const bad of ["0", "-3", "2.5", "many"]) {
      const run = await graphCli(
        "build",
        path.join(dir, "block.txt"),
        "--out",
        path.join(dir, "x.json"),
        `--max-evidence=${bad}`,
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--max-evidence expects a positive whole number/);
    }
  });
});

describe("graph build: output size", () => {
  it("warns, naming the limit, when the graph is larger than the explorer and graph export open", async () => {
    const { sizeWarning } = await import("../graph/cli/write-graph.ts");
    expect(sizeWarning("g.json", 1000, 2000)).toBeNull();
    expect(sizeWarning("g.json", Math.round(137.1 * 1024 * 1024))).toBe(
      "graph build: warning: g.json is too large for the explorer and graph export (137.1 MB; the limit is 64 MB); build with a lower --max-evidence to open it there\n",
    );
  });
});
