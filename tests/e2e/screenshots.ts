// Regenerates the explorer's screenshots (docs/screenshot*.png) at 1280×720: the default view, a focused
// platform with its details, and the article reader; and at 800×720 a selected node over the details sheet.
// Run: npx tsx tests/e2e/screenshots.ts [light|dark] [folder]
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, buildSite, buildSourcesGraph, launchChromium, removeDir, serveSite } from "./harness.ts";

const scheme = process.argv[2] === "dark" ? "dark" : "light";
const folder = process.argv[3] ?? join(ROOT, "docs");
const suffix = scheme === "dark" ? "-dark" : "";
mkdirSync(folder, { recursive: true });

const work = mkdtempSync(join(tmpdir(), "newsgraph-shots-"));
const [graph, site] = await Promise.all([buildSourcesGraph(join(work, "graph.json")), buildSite()]);
const server = await serveSite(site, graph);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: scheme });
  page.on("console", (message) => {
    if (message.type() === "error") console.error(`console error: ${message.text()}`);
  });
  await page.goto(server.url);
  await page.waitForSelector("button.legend-toggle");
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(folder, `screenshot-default${suffix}.png`) });
  await page.getByRole("searchbox", { name: "Search" }).fill("Telegram");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Focus neighbourhood" }).click();
  await page.waitForTimeout(1500);
  await page.mouse.move(10, 700);
  await page.screenshot({ path: join(folder, `screenshot${suffix}.png`) });
  await page.locator(".evidence-sentence").nth(1).click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(folder, `screenshot-reader${suffix}.png`) });
  const narrow = await browser.newPage({ viewport: { width: 800, height: 720 }, colorScheme: scheme });
  await narrow.goto(server.url);
  await narrow.waitForSelector("button.legend-toggle", { state: "attached" });
  await narrow.getByRole("searchbox", { name: "Search" }).fill("WhatsApp");
  await narrow.keyboard.press("Enter");
  await narrow.waitForTimeout(1500);
  await narrow.mouse.move(10, 700);
  await narrow.screenshot({ path: join(folder, `screenshot-narrow${suffix}.png`) });
  console.log(`screenshots written to ${folder} (last view: ${narrow.url()})`);
} finally {
  await browser.close();
  await server.close();
  removeDir(site);
  removeDir(work);
}
