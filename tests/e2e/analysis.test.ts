// The analysis tools in a real browser (one page for the file): insights rank the Russian government first
// for blocks, a path between two nodes is highlighted in sigma and listed, the table sorts and a row selects
// its edge in sigma (and a canvas selection marks the row), full-text search opens the reader.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drawnPixels, explorerPage, startExplorer, type ExplorerRig } from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("analysis in Chromium");

describe.runIf(chromium)("analysis in Chromium", () => {
  let rig: ExplorerRig | undefined;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    rig = await startExplorer("analysis");
    ({ context, page, errors } = await explorerPage(rig.browser, rig.server.url));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await rig?.close();
    expect(errors).toEqual([]);
  });

  it("ranks the Russian government first for blocks, counting articles and publishers; a row selects and flies", async () => {
    await page.getByRole("button", { name: "Analyse" }).click();
    const active = page.getByTestId("ranking-active");
    await expect.poll(() => active.locator("li").count()).toBeGreaterThan(0);
    expect(await page.getByRole("combobox", { name: "Action" }).inputValue()).toBe("blocks");
    const first = active.locator(".ranking-row").first();
    expect(await first.locator(".ranking-label").textContent()).toBe("Russian government");
    expect(await first.locator(".ranking-sources").textContent()).toMatch(
      /^\d+ articles? · \d+ publishers?$/,
    );
    const before = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
    await first.click();
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view!.selection))
      .toEqual({
        type: "node",
        node: "russian-government",
      });
    expect(
      await page.evaluate(
        () => window.__newsgraph!.sigma!.getNodeDisplayData("russian-government")!.highlighted,
      ),
    ).toBe(true);
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState()))
      .not.toEqual(before);
    // The tool stays open with the row marked.
    expect(await first.getAttribute("aria-current")).toBe("true");
  });

  it("highlights the paths between two nodes in sigma and lists them as chains with evidence, from the URL", async () => {
    await page.goto(`${rig!.server.url}?from=roskomnadzor&to=pavel-durov`);
    await page.waitForSelector("[data-testid=paths] .path");
    const state = await page.evaluate(() => {
      const { sigma, graph, path } = window.__newsgraph!;
      const look = (node: string) => sigma!.getNodeDisplayData(node)!;
      const onPath = new Set(path!.nodes);
      const off = graph!.filterNodes((node) => !onPath.has(node));
      return {
        path,
        pathColors: path!.nodes.map((node) => [look(node).color, graph!.getNodeAttribute(node, "color")]),
        offColors: [...new Set(off.map((node) => look(node).color))],
        pathEdgeLabels: path!.edges.map((edge) => sigma!.getEdgeDisplayData(edge)!.forceLabel),
      };
    });
    expect(state.path!.nodes.sort()).toEqual(["pavel-durov", "roskomnadzor", "telegram"]);
    for (const [drawn, own] of state.pathColors) expect(drawn).toBe(own);
    expect(state.offColors.length).toBe(1); // every other node in the one dimmed colour
    expect(state.pathEdgeLabels.every(Boolean)).toBe(true);
    // What is drawn: the path in colour, the dimmed rest grey (fewer coloured pixels than the same view
    // once the path is gone, below).
    const pixels = await drawnPixels(page, ".graph-canvas");
    expect(pixels.colored).toBeGreaterThan(0.001);
    const camera = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());

    const chain = await page.locator("[data-testid=paths] .path-chain").first().getAttribute("aria-label");
    expect(chain).toMatch(/^Roskomnadzor —[a-z, ]+→ Telegram ←[a-z, ]*founded[a-z, ]*— Pavel Durov$/);
    expect(await page.locator("[data-testid=paths] .evidence-sentence").count()).toBeGreaterThan(1);
    // Directed: Durov founded Telegram, nobody points from Telegram to Durov.
    await page.getByRole("checkbox", { name: "Only along the arrows" }).check();
    await expect.poll(() => page.locator(".connect-summary").textContent()).toMatch(/not connected/);
    expect(page.url()).toContain("directed=1");
    expect(await page.evaluate(() => window.__newsgraph!.path)).toBeNull();
    // With no path every node has its colour again, seen from where the camera was.
    await page.evaluate((state) => window.__newsgraph!.sigma!.getCamera().setState(state), camera);
    await expect
      .poll(() => drawnPixels(page, ".graph-canvas").then((p) => p.colored))
      .toBeGreaterThan(pixels.colored);
  });

  it("sorts the table, selects the row's edge in sigma, and marks the row of an edge clicked on the canvas", async () => {
    await page.goto(rig!.server.url);
    await page.waitForSelector("button.legend-toggle", { state: "attached" });
    await page.getByRole("button", { name: "Table", exact: true }).click();
    const table = page.getByRole("grid", { name: "Relations" });
    await table.getByRole("button", { name: "Sentences" }).click();
    const header = table.getByRole("columnheader", { name: "Sentences" });
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const sentences = await table
      .locator(".data-body .data-row")
      .evaluateAll((rows) =>
        rows
          .sort((a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")))
          .map((row) => Number(row.children[5]!.textContent)),
      );
    expect(sentences.length).toBeGreaterThan(5);
    expect(sentences).toEqual([...sentences].sort((a, b) => b - a));
    const most = await page.evaluate(() => {
      const { graph } = window.__newsgraph!;
      return Math.max(...graph!.mapEdges((_e, a) => a.evidence.length));
    });
    expect(sentences[0]).toBe(most);

    const firstRow = table.locator(".data-body .data-row[aria-rowindex='2']");
    const edge = (await firstRow.getAttribute("data-key"))!;
    await firstRow.click();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view!.selection?.type)).toBe("edge");
    const selected = await page.evaluate((key) => {
      const { sigma, graph, view } = window.__newsgraph!;
      const s = view!.selection as { source: string; action: string; target: string };
      const data = sigma!.getEdgeDisplayData(key)!;
      return {
        same:
          graph!.source(key) === s.source &&
          graph!.target(key) === s.target &&
          graph!.getEdgeAttribute(key, "action") === s.action,
        zIndex: data.zIndex,
        forceLabel: data.forceLabel,
      };
    }, edge);
    expect(selected).toEqual({ same: true, zIndex: 3, forceLabel: true });
    expect(await firstRow.getAttribute("aria-selected")).toBe("true");

    // The other way: an edge chosen on the canvas marks its row.
    const other = await table.locator(".data-body .data-row[aria-rowindex='4']").getAttribute("data-key");
    await page.evaluate(
      (key) => window.__newsgraph!.sigma!.emit("clickEdge", { edge: key! } as never),
      other,
    );
    await expect
      .poll(() => table.locator(`[data-key="${other}"]`).getAttribute("aria-selected"))
      .toBe("true");
    expect(await firstRow.getAttribute("aria-selected")).toBe("false");

    // Filtering keeps the rows that match every word, and says how many.
    await page.getByRole("searchbox", { name: "Filter the table" }).fill("russian blocks");
    await expect.poll(() => page.getByTestId("table-count").textContent()).toMatch(/^\d+ of \d+ rows$/);
    const subjects = await table
      .locator(".data-body .data-row")
      .evaluateAll((rows) =>
        rows.map((row) => `${row.children[0]!.textContent} ${row.children[1]!.textContent}`),
      );
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) expect(subject).toMatch(/^Russian .*blocks$/);
  });

  it('finds sentences by a misspelt word ("telgram") and opens the reader at the sentence', async () => {
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.getByRole("tab", { name: "Text" }).click();
    await page.getByRole("searchbox", { name: "Search sentences and articles" }).fill("telgram");
    const hits = page.getByTestId("text-hits").locator("li");
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator("mark").first().textContent()).toBe("Telegram");
    await hits.first().locator(".evidence-sentence").click();
    await page.waitForSelector(".evidence-highlight");
    expect(await page.locator(".evidence-highlight").first().textContent()).toContain("Telegram");
    expect(page.url()).toMatch(/read=.*span=\d+-\d+/);
  });
});
