// Under `npm start`, the workspace is written into the project: an article pasted in the page lands in
// sources/, a correction in curation.json, and a fresh build of the project includes both. Runs npm start on
// a project folder of its own (NEWSGRAPH_PROJECT: a copy of tests/fixtures/curation/sources), on a free port.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCES } from "../curation-helpers.ts";
import { ROOT, launchChromium, openExplorer, removeDir, watchErrors } from "./harness.ts";
import { requireChromium } from "./guard.ts";
import { freePort, until } from "./processes.ts";

const chromium = requireChromium("npm start writes the workspace");

describe.runIf(chromium)("npm start writes the workspace into the project", () => {
  let npm: ChildProcess;
  let url: string;
  let project: string;
  let browser: Browser;
  let output = "";

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), "newsgraph-project-"));
    cpSync(SOURCES, join(project, "sources"), { recursive: true });
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    npm = spawn("npm", ["start"], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, NEWSGRAPH_PORT: String(port), NEWSGRAPH_PROJECT: project },
    });
    npm.stdout!.on("data", (d) => (output += d));
    npm.stderr!.on("data", (d) => (output += d));
    const up = await until(async () => (await fetch(url).catch(() => null))?.ok === true, 90_000, 300);
    if (!up) throw new Error(`npm start did not serve ${url}:\n${output}`);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    // the whole process group npm start made (npm, its sh, node, Vite)
    if (npm?.pid) {
      try {
        process.kill(-npm.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    removeDir(project);
  });

  it("refuses writes that do not come from the page", async () => {
    const body = JSON.stringify({ newsgraph: "newsgraph-curation", version: 1, operations: [] });
    const foreign = await fetch(`${url}__newsgraph/workspace/curation`, {
      method: "PUT",
      body,
      headers: { origin: "http://evil.example", "x-newsgraph-token": "guess" },
    });
    expect(foreign.status).toBe(403);
    const tokenless = await fetch(`${url}__newsgraph/workspace/curation`, {
      method: "PUT",
      body,
      headers: { origin: url.slice(0, -1) },
    });
    expect(tokenless.status).toBe(403);
    expect(existsSync(join(project, "curation.json"))).toBe(false);
  });

  it("writes the pasted article to sources/ and the merge to curation.json; a fresh build has both", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    try {
      await openExplorer(page, `${url}?pick=chirper&pick=chirpr`);
      await page.getByRole("button", { name: "Merge 2" }).click();
      await expect
        .poll(() => page.evaluate(() => window.__newsgraph!.sigma!.getGraph().hasNode("chirpr")))
        .toBe(false);
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page
        .getByLabel(/Paste an article/)
        .fill("Chirpr fined\n\nRoskomnadzor fined the Chirpr messenger on Friday.\n");
      await page.getByRole("button", { name: "Add article" }).click();
      await expect
        .poll(
          async () => {
            const n = await page.evaluate(
              () => window.__newsgraph!.sigma!.getGraph().getAttribute("articles").length,
            );
            // the dev server compiles the builder worker on first use, which takes a while
            if (n === 3) return 3;
            return `${n}: ${await page
              .locator(".notices")
              .textContent()
              .catch(() => "")} ${errors.join(" ")}`;
          },
          { timeout: 150_000, interval: 2000 },
        )
        .toBe(3);
      await page.evaluate(() => window.__newsgraph!.workspaceSaved!());
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(readFileSync(join(project, "sources", "pasted-article-1.txt"), "utf8")).toContain(
      "fined the Chirpr messenger",
    );
    const curation = JSON.parse(readFileSync(join(project, "curation.json"), "utf8")) as {
      operations: { op: string; into: string }[];
    };
    expect(curation.operations).toMatchObject([{ op: "merge", into: "chirper" }]);

    // what the next npm start runs
    const out = join(project, "graph.json");
    const build = ["--import", "tsx", "graph/cli.ts", "build", join(project, "sources"), "--out", out];
    execFileSync(
      process.execPath,
      [...build, "--curation", join(project, "curation.json"), "--no-cache", "--quiet"],
      { cwd: ROOT },
    );
    const graph = JSON.parse(readFileSync(out, "utf8")) as {
      attributes: { articles: { id: string }[] };
      nodes: { key: string }[];
      edges: { key: string }[];
    };
    expect(graph.attributes.articles.map((a) => a.id)).toEqual(["a.txt", "b.txt", "pasted-article-1.txt"]);
    expect(graph.nodes.map((n) => n.key)).not.toContain("chirpr");
    expect(graph.edges.map((e) => e.key)).toContain("roskomnadzor|fines|chirper");
  }, 180_000);
});
