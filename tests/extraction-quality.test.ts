// Extraction quality as a regression test: the real CLI builds the seed articles and the
// development set (tests/fixtures/dev, written from real events), and the evaluation script
// (a copy of the project's scorer) compares the graphs with careful readers' gold triples.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const out = mkdtempSync(join(tmpdir(), "newsgraph-quality-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function score(articles: string, gold: string): { P: number; R: number; bad: number } {
  const graph = join(out, "g.json");
  execFileSync(
    process.execPath,
    ["--import", "tsx", "graph/cli.ts", "build", articles, "--out", graph, "--quiet"],
    { stdio: "pipe" },
  );
  const report = execFileSync(
    process.execPath,
    ["tests/fixtures/score.mjs", "--graph", graph, "--gold", gold, "--articles", articles],
    {
      encoding: "utf8",
    },
  );
  const m = /article-level: P=([\d.]+) R=([\d.]+).*evidence_bad=(\d+)\//.exec(report);
  if (!m) throw new Error(`unexpected scorer output:\n${report}`);
  return { P: Number(m[1]), R: Number(m[2]), bad: Number(m[3]) };
}

describe("extraction quality against gold annotations", () => {
  it("seed articles: precision ≥ 0.90, recall ≥ 0.85, every evidence sentence verbatim", () => {
    const s = score("sources", "tests/fixtures/seed-gold.json");
    expect(s.bad).toBe(0);
    expect(s.P).toBeGreaterThanOrEqual(0.9);
    expect(s.R).toBeGreaterThanOrEqual(0.85);
  });
  it("development set of unseen-style articles: precision ≥ 0.85, recall ≥ 0.70", () => {
    const s = score("tests/fixtures/dev", "tests/fixtures/dev-gold.json");
    expect(s.bad).toBe(0);
    expect(s.P).toBeGreaterThanOrEqual(0.85);
    expect(s.R).toBeGreaterThanOrEqual(0.7);
  });
});
