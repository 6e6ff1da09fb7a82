// The explorer's picture in Chromium: labels that never overlap (counted from sigma's own state), the graph
// framed whole and kept framed when panels resize the canvas, the narrow sheet, a focus link, the legend on
// touch. Skipped when Chromium is missing, unless E2E=required.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  explorerPage,
  checkLabels,
  launchChromium,
  removeDir,
  serveSite,
  type StaticServer,
  explorerGraphFile,
} from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("framing in Chromium");

describe.runIf(chromium)("framing and labels in Chromium", () => {
  let site: string | undefined;
  let work: string | undefined;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "newsgraph-framing-"));
    const graphFile = await explorerGraphFile(work);
    [site, browser] = await Promise.all([buildSite(), launchChromium()]);
    server = await serveSite(site, graphFile, work);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDir(site);
    removeDir(work);
  });

  async function open(
    query = "",
    options: { width?: number; height?: number; dark?: boolean; touch?: boolean } = {},
  ): Promise<Page> {
    ({ context, page, errors } = await explorerPage(browser, `${server.url}${query}`, {
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      colorScheme: options.dark ? "dark" : "light",
      ...(options.touch && { hasTouch: true, isMobile: true }),
    }));
    return page;
  }

  afterEach(async () => {
    const seen = errors;
    await context?.close();
    expect(seen).toEqual([]);
  });

  /** The label check once the camera has stopped and a frame has been drawn after it. */
  async function settledLabels() {
    await expect
      .poll(() => page.evaluate(() => !window.__newsgraph!.sigma!.getCamera().isAnimated()))
      .toBe(true);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
    return checkLabels(page);
  }

  it("default view at 1280×720: labels drawn for nearly every node, none over another label or node, none cut off", async () => {
    await open();
    const labels = await settledLabels();
    expect(labels.overlaps).toEqual([]);
    expect(labels.cut).toEqual([]);
    expect(labels.drawn / labels.visible).toBeGreaterThanOrEqual(0.85);
  });

  it("after Run layout, labels still keep clear of each other", async () => {
    await open();
    const before = await page.evaluate(() => window.__newsgraph!.graph!.mapNodes((_n, a) => [a.x, a.y]));
    await page.getByRole("button", { name: "Run layout" }).click();
    await expect
      .poll(async () => {
        const now = await page.evaluate(() => window.__newsgraph!.graph!.mapNodes((_n, a) => [a.x, a.y]));
        return JSON.stringify(now) !== JSON.stringify(before);
      })
      .toBe(true);
    await page.getByRole("button", { name: "Stop layout" }).click();
    const labels = await settledLabels();
    expect(labels.overlaps).toEqual([]);
    expect(labels.drawn / labels.visible).toBeGreaterThanOrEqual(0.75);
  });

  it("a side panel opened from the canvas re-frames the graph: the canvas is the stage, nothing cut off", async () => {
    await open();
    // Click the node whose disc is biggest: sure to be hit, wherever the layout put it.
    const target = await page.evaluate(() => {
      const s = window.__newsgraph!.sigma!;
      const rect = s.getContainer().getBoundingClientRect();
      const node = s
        .getGraph()
        .nodes()
        .sort((a, b) => s.getNodeDisplayData(b)!.size - s.getNodeDisplayData(a)!.size)[0]!;
      const p = s.framedGraphToViewport(s.getNodeDisplayData(node)!);
      return { node, x: rect.left + p.x, y: rect.top + p.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view?.selection))
      .toEqual({
        type: "node",
        node: target.node,
      });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const s = window.__newsgraph!.sigma!;
          const stage = document.querySelector(".graph-area")!.getBoundingClientRect();
          const { width, height } = s.getDimensions();
          return `${width}x${height} in ${Math.round(stage.width)}x${Math.round(stage.height)}`;
        }),
      )
      .toMatch(/^(\d+)x(\d+) in \1x\2$/);
    const labels = await settledLabels();
    expect(labels.cut).toEqual([]);
    expect(labels.overlaps).toEqual([]);
  });

  it("at 800 px, a selected node leaves the graph half the height, and the sheet collapses to give it all", async () => {
    await open("", { width: 800, height: 720 });
    await page.getByRole("searchbox", { name: "Search" }).fill("WhatsApp");
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => sheet.isVisible()).toBe(true);
    const heights = () =>
      page.evaluate(() => {
        const top = document.querySelector(".topbar")!.getBoundingClientRect().bottom;
        return {
          below: window.innerHeight - top,
          stage: document.querySelector(".graph-area")!.getBoundingClientRect().height,
          canvas: window.__newsgraph!.sigma!.getDimensions().height,
        };
      });
    await expect.poll(async () => (await heights()).canvas).toBeGreaterThan(0);
    const expanded = await heights();
    expect(expanded.stage).toBeGreaterThanOrEqual(expanded.below / 2 - 1);
    expect(expanded.canvas).toBe(Math.round(expanded.stage));
    await page.getByRole("button", { name: "Hide details" }).click();
    await expect.poll(async () => (await heights()).stage).toBeGreaterThan(expanded.below * 0.85);
    await expect.poll(async () => (await heights()).canvas).toBeGreaterThan(expanded.below * 0.85);
    expect(await sheet.getByRole("heading", { level: 2 }).isVisible()).toBe(false);
    await page.getByRole("button", { name: /^Show / }).click();
    await expect.poll(() => sheet.getByRole("heading", { level: 2 }).isVisible()).toBe(true);
    // The selected node stays in the picture, with its label box.
    const labels = await settledLabels();
    expect(labels.cut.filter((c) => c.includes("whatsapp"))).toEqual([]);
  });

  it("a link with a focus and no camera opens framed on the focus", async () => {
    const focus = await open().then(() =>
      page.evaluate(() => {
        const g = window.__newsgraph!.graph!;
        // A node with a few neighbours but far from all of them: its neighbourhood is a part of the graph.
        return g
          .nodes()
          .filter((n) => g.neighbors(n).length >= 2 && g.neighbors(n).length <= g.order / 3)
          .sort()[0]!;
      }),
    );
    expect(errors).toEqual([]);
    await context.close();
    await open(`?focus=${encodeURIComponent(focus)}`);
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState().ratio))
      .toBeLessThan(1);
    const labels = await settledLabels();
    expect(labels.cut).toEqual([]);
    // Framed: the neighbourhood spans most of the canvas one way or the other.
    const span = await page.evaluate(() => {
      const s = window.__newsgraph!.sigma!;
      const points = s
        .getGraph()
        .filterNodes((n) => !s.getNodeDisplayData(n)!.hidden)
        .map((n) => s.framedGraphToViewport(s.getNodeDisplayData(n)!));
      const { width, height } = s.getDimensions();
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      return Math.max(
        (Math.max(...xs) - Math.min(...xs)) / width,
        (Math.max(...ys) - Math.min(...ys)) / height,
      );
    });
    expect(span).toBeGreaterThan(0.5);
  });

  it("the legend's “only” buttons show on keyboard focus, and always on a touch screen", async () => {
    await open();
    const only = page.getByRole("button", { name: /^Only / }).first();
    expect(await only.evaluate((el) => getComputedStyle(el).opacity)).toBe("0");
    await page.locator(".legend-toggle").first().focus();
    await expect.poll(() => only.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    expect(errors).toEqual([]);
    await context.close();
    await open("", { width: 800, height: 720, touch: true });
    await page.getByRole("button", { name: "Filters" }).click();
    const touchOnly = page.getByRole("button", { name: /^Only / }).first();
    expect(await touchOnly.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  });
});
