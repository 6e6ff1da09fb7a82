// `npm start`, the Quick start, as a user runs it: it serves the explorer, whose standalone HTML export works
// there (it needs the built explorer, which a dev server does not have: npm start's server builds it), and
// stopping npm start stops everything it started, Vite included (a `kill` of npm used to leave Vite on its
// port). Runs on a free port (NEWSGRAPH_PORT), so a running `npm start` on :5173 is left alone. The export
// needs Chromium (skipped without it unless E2E=required); stopping does not.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, launchChromium, openExplorer, removeDir, watchErrors } from "./harness.ts";
import { requireChromium } from "./guard.ts";
import { freePort, until } from "./processes.ts";

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** `pid` and every process under it, from the process table. */
function processTree(pid: number): number[] {
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of table) if (parent === tree[i] && !tree.includes(child)) tree.push(child);
  }
  return tree;
}

/** Running, that is: it exists and is not a zombie waiting to be reaped (this machine's init reaps slowly). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

describe("npm start", () => {
  let npm: ChildProcess;
  let url: string;
  let output = "";

  beforeAll(async () => {
    const port = await freePort();
    url = `http://localhost:${port}/`;
    npm = spawn("npm", ["start"], { cwd: ROOT, env: { ...process.env, NEWSGRAPH_PORT: String(port) } });
    npm.stdout!.on("data", (d) => (output += d));
    npm.stderr!.on("data", (d) => (output += d));
    const up = await until(() => answers(url), 90_000);
    if (!up) throw new Error(`npm start did not serve ${url}:\n${output}`);
  }, 120_000);

  afterAll(() => {
    // Whatever the tests did, leave nothing running.
    if (npm?.pid)
      for (const pid of processTree(npm.pid).reverse()) if (alive(pid)) process.kill(pid, "SIGKILL");
  });

  const chromium = requireChromium("in Chromium");

  describe.runIf(chromium)("in Chromium", () => {
    let browser: Browser;
    let work: string;
    beforeAll(async () => {
      browser = await launchChromium();
      work = mkdtempSync(join(tmpdir(), "newsgraph-start-"));
    });
    afterAll(async () => {
      await browser?.close();
      removeDir(work);
    });

    it("exports a standalone HTML snapshot from the page npm start serves", async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      try {
        await openExplorer(page, url);
        await page.getByRole("button", { name: "Export", exact: true }).click();
        const [download] = await Promise.all([
          page.waitForEvent("download", { timeout: 170_000 }),
          page
            .getByRole("dialog", { name: "Export" })
            .getByRole("button", { name: /Standalone HTML/ })
            .click(),
        ]);
        const file = join(work, download.suggestedFilename());
        await download.saveAs(file);
        const html = readFileSync(file, "utf8");
        expect(download.suggestedFilename()).toMatch(/\.html$/);
        expect(html).toContain('id="newsgraph-graph"');
        expect(html).not.toContain("/@vite/client");
        expect(html).toContain("WhatsApp");
        expect(await page.getByRole("alert").count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 200_000);
  });

  it("stopping npm start (SIGTERM to npm) stops Vite and every process it started", async () => {
    const tree = processTree(npm.pid!);
    expect(tree.length).toBeGreaterThanOrEqual(3);
    npm.kill("SIGTERM");
    expect(await until(async () => !(await answers(url)), 15_000), `${url} still answers`).toBe(true);
    expect(await until(() => tree.every((pid) => !alive(pid)), 15_000)).toBe(true);
    expect(tree.filter(alive)).toEqual([]);
  }, 40_000);
});
