// Screenshots of the correction panels, to look at: a node's "Correct this node" with notes, the History
// panel after a few corrections, a relation added from a passage in the reader, at 1280×720 and 800×720,
// light and dark. Run: npx tsx tests/e2e/curation-screenshots.ts [folder]
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildSite, buildSourcesGraph, launchChromium, removeDir, serveSite } from "./harness.ts";

const folder = process.argv[2] ?? join(tmpdir(), "newsgraph-curation-shots");
mkdirSync(folder, { recursive: true });

async function shots(browser: Browser, url: string, width: number, scheme: "light" | "dark"): Promise<void> {
  const page: Page = await browser.newPage({ viewport: { width, height: 720 }, colorScheme: scheme });
  const name = (what: string) => join(folder, `${what}-${width}-${scheme}.png`);
  await page.goto(`${url}?pick=whatsapp&pick=max&node=roskomnadzor`);
  await page.waitForSelector("button.legend-toggle", { state: "attached" });
  await page.getByText("Correct this node").click();
  await page
    .getByLabel(/Add a note/)
    .fill("Russia's communications regulator; checked against its own statements.");
  await page.getByRole("button", { name: "Add note" }).click();
  await page.waitForTimeout(800);
  await page.getByText("Correct this node").click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: name("node") });
  await page.getByRole("button", { name: "Confirm" }).first().click();
  await page.waitForTimeout(500);
  await page.getByRole("button", { name: /^History/ }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: name("history") });
  await page
    .locator(".panel-tabs button", { hasText: "Details" })
    .click()
    .catch(() => undefined);
  await page.locator(".evidence-sentence").first().click();
  await page.waitForTimeout(800);
  // select the highlighted sentence, as a person would with the mouse
  await page.evaluate(() => {
    const mark = document.querySelector(".article-text mark")!;
    const range = document.createRange();
    range.selectNodeContents(mark);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    mark.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: name("reader") });
  await page.close();
}

const work = mkdtempSync(join(tmpdir(), "newsgraph-curation-shots-"));
const [graph, site] = await Promise.all([buildSourcesGraph(join(work, "graph.json")), buildSite()]);
const server = await serveSite(site, graph);
const browser = await launchChromium();
try {
  for (const width of [1280, 800])
    for (const scheme of ["light", "dark"] as const) await shots(browser, server.url, width, scheme);
  console.log(`screenshots in ${folder}`);
} finally {
  await browser.close();
  await server.close();
  removeDir(site);
  removeDir(work);
}
