// The timeline in a real browser, on the news corpus built by the real builder (its evidence is dated):
// brushing a range makes sigma draw exactly the edges computeVisibility gives for it, the URL restores the
// range, Play advances the window month by month. Screenshots of the strip, light and dark, 1280 and 800 px.
import { mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  computeTimeline,
  computeVisibility,
  decodeViewState,
  type NewsGraph,
} from "../../graph/view/index.ts";
import { openExplorer, startExplorer, watchErrors, type ExplorerRig } from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("timeline in Chromium");
const SHOTS = process.env.SCREENSHOTS_DIR ?? join(tmpdir(), "newsgraph-timeline-shots");

describe.runIf(chromium)("timeline in Chromium", () => {
  let rig: ExplorerRig | undefined;
  let graph: NewsGraph;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    rig = await startExplorer("timeline", "tests/fixtures/news");
    graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true }) as unknown as NewsGraph;
    graph.import(JSON.parse(readFileSync(rig.graphFile, "utf8")));
  }, 240_000);

  afterAll(async () => {
    await rig?.close();
  });

  async function newPage(options: { width?: number; dark?: boolean } = {}): Promise<Page> {
    page = await rig!.browser.newPage({
      viewport: { width: options.width ?? 1280, height: 720 },
      colorScheme: options.dark ? "dark" : "light",
    });
    errors = watchErrors(page);
    return page;
  }

  afterEach(async () => {
    const seen = errors;
    await page?.close();
    expect(seen).toEqual([]);
  });

  /** Edge keys sigma draws (not hidden by the reducers). */
  const drawnEdges = () =>
    page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      return graph!.filterEdges((edge) => !sigma!.getEdgeDisplayData(edge)?.hidden).sort();
    });
  const viewOfPage = async () => decodeViewState(new URL(page.url()).search);

  /** Drags across the bars from bin `a` to bin `b` (indices), as a user brushes. */
  async function brush(a: number, b: number): Promise<void> {
    const bars = page.locator(".timeline-bars");
    const box = (await bars.boundingBox())!;
    const bins = await page.locator(".timeline-bin").count();
    const x = (i: number) => box.x + ((i + 0.5) / bins) * box.width;
    await page.mouse.move(x(a), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(b), box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
  }

  it("brushing a range draws exactly the edges computeVisibility gives for it, and the URL restores it", async () => {
    await newPage();
    await openExplorer(page, rig!.server.url);
    await page.getByRole("button", { name: "Timeline" }).click();
    const timeline = computeTimeline(graph, decodeViewState(""));
    expect(timeline.bins.length).toBeGreaterThan(3);
    // The last third of the bins: a range with dated evidence in it and edges outside it.
    const a = Math.floor((timeline.bins.length * 2) / 3);
    const b = timeline.bins.length - 1;
    await brush(a, b);
    await expect.poll(async () => (await viewOfPage()).from).toBe(timeline.bins[a]!.period);
    const view = await viewOfPage();
    expect(view.to).toBe(timeline.bins[b]!.period);
    const expected = [...computeVisibility(graph, view).edges].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(graph.size);
    await expect.poll(drawnEdges).toEqual(expected);
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toContain(`${expected.length} of ${graph.size} edges`);

    // Undated evidence left out: fewer edges, again exactly computeVisibility's.
    await page.getByLabel(/Undated/).uncheck();
    await expect.poll(async () => (await viewOfPage()).hideUndated).toBe(true);
    const dated = [...computeVisibility(graph, await viewOfPage()).edges].sort();
    expect(dated.length).toBeLessThan(expected.length);
    await expect.poll(drawnEdges).toEqual(dated);

    // The link reopens the same range.
    const url = page.url();
    expect(url).toContain(`from=${timeline.bins[a]!.period}`);
    const again = await rig!.browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await openExplorer(again, url);
      const drawnAgain = () =>
        again.evaluate(() => {
          const { sigma, graph } = window.__newsgraph!;
          return graph!.filterEdges((edge) => !sigma!.getEdgeDisplayData(edge)?.hidden).sort();
        });
      await expect.poll(drawnAgain).toEqual(dated);
      await expect.poll(() => again.getByTestId("timeline-readout").textContent()).not.toBe("All time");
    } finally {
      await again.close();
    }
  });

  it("arrow keys move the range a bar at a time", async () => {
    const bins = computeTimeline(graph, decodeViewState("")).bins;
    const n = bins.length;
    await newPage();
    await openExplorer(page, `${rig!.server.url}?from=${bins[n - 2]!.period}&to=${bins[n - 1]!.period}`);
    await page.locator(".timeline-bars").focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await viewOfPage()).from).toBe(bins[n - 3]!.period);
    const view = await viewOfPage();
    expect(view.to).toBe(bins[n - 2]!.period);
    await expect.poll(drawnEdges).toEqual([...computeVisibility(graph, view).edges].sort());
  });

  it("Play advances the window month by month; pause holds it", async () => {
    await newPage();
    await openExplorer(page, rig!.server.url);
    await page.getByRole("button", { name: "Timeline" }).click();
    await page.getByRole("button", { name: "Play" }).click();
    const first = await viewOfPage();
    expect(first.hideUndated).toBe(true);
    expect(first.from).toMatch(/^\d{4}-\d{2}$/);
    // Two steps later the window ends two months on, from the same start.
    await expect.poll(async () => (await viewOfPage()).to, { timeout: 10_000 }).not.toBe(first.to);
    const later = await viewOfPage();
    expect(later.from).toBe(first.from);
    expect(later.to! > first.to!).toBe(true);
    await expect.poll(drawnEdges).toEqual([...computeVisibility(graph, later).edges].sort());
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = (await viewOfPage()).to;
    await page.waitForTimeout(1600);
    expect((await viewOfPage()).to).toBe(paused);
    // Scrubbing moves the window's end.
    await page.getByLabel("Play position").fill("30");
    await expect.poll(async () => (await viewOfPage()).to).not.toBe(paused);
  });

  it("screenshots of the timeline, light and dark, 1280 and 800 px wide", async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const dark of [false, true]) {
      for (const width of [1280, 800]) {
        await newPage({ width, dark });
        await openExplorer(page, `${rig!.server.url}?from=2020&to=2024-12`);
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(SHOTS, `timeline-${width}${dark ? "-dark" : ""}.png`) });
        const strip = await page.getByTestId("timeline").boundingBox();
        expect(strip!.width).toBeGreaterThan(width * 0.5);
        expect(strip!.y + strip!.height).toBeLessThanOrEqual(720);
        expect(errors).toEqual([]);
        await page.close();
      }
    }
    // A node's panel: its first and last dates, and each sentence's date with its source.
    await newPage();
    await openExplorer(page, `${rig!.server.url}?from=2020&to=2024-12&node=roskomnadzor`);
    await expect.poll(() => page.getByTestId("node-dates").textContent()).toMatch(/\d{4}.*–.*\d{4}/);
    expect(await page.locator(".evidence-date").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "timeline-panel-1280.png") });
  });
});
