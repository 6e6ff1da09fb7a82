// Snapshots in a real browser: exports (PNG size and pixels, SVG labels, GEXF/JSON counts of the view), what
// they say in the notice strip, the standalone HTML from file:// with the network off, opening a GEXF,
// pasting an article. Skipped when Chromium is missing, unless E2E=required. SCREENSHOTS_DIR=<dir> also
// saves the menus' and the notices' screenshots.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DOMParser } from "@xmldom/xmldom";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { INFO_MS } from "../../app/notices/store.ts";
import { toGexf } from "../../graph/export/gexf.ts";
import { nodeXmlParsers } from "../../graph/import/node-xml.ts";
import { parseGraphFile } from "../../graph/import/parse.ts";
import type { NewsGraph } from "../../graph/view/types.ts";
import { decodeViewState } from "../../graph/view/url.ts";
import { computeVisibility } from "../../graph/view/visibility.ts";
import { loadFixture, tinyGraph } from "../view-helpers.ts";
import {
  FIXTURES,
  buildSite,
  drawnPixels,
  launchChromium,
  openExplorer,
  removeDir,
  serveSite,
  watchErrors,
  type StaticServer,
} from "./harness.ts";
import { requireChromium } from "./guard.ts";

const SCREENSHOTS = process.env.SCREENSHOTS_DIR;

const chromium = requireChromium("snapshots in Chromium");

describe.runIf(chromium)("snapshots in Chromium", () => {
  let site: string | undefined;
  let work: string | undefined;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  /** The graph area's size as the page opened, before any notice pushed it down. */
  let graphArea: { width: number; height: number };
  const graph: NewsGraph = loadFixture();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "newsgraph-snapshots-"));
    [site, browser] = await Promise.all([buildSite(), launchChromium()]);
    server = await serveSite(site, join(FIXTURES, "explorer-graph.json"));
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDir(site);
    removeDir(work);
  });

  async function open(query = ""): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page = await context.newPage();
    errors = watchErrors(page);
    await openExplorer(page, `${server.url}${query}`);
    graphArea = await dimensions();
    return page;
  }

  const dimensions = () => page.evaluate(() => window.__newsgraph!.sigma!.getDimensions());

  /**
   * Dismisses every notice and waits until the graph has its room back: the strip above the graph pushes it
   * down while it shows, and an image export is of the graph area as it is.
   */
  async function clearNotices(): Promise<void> {
    const close = page.getByRole("button", { name: "Dismiss" });
    while ((await close.count()) > 0) await close.first().click();
    await expect.poll(dimensions).toEqual(graphArea);
  }

  afterEach(async () => {
    const seen = errors;
    await context?.close();
    expect(seen).toEqual([]);
  });

  async function exportFile(button: RegExp): Promise<{ download: Download; bytes: Buffer }> {
    await clearNotices();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: button }).click(),
    ]);
    const path = join(work!, download.suggestedFilename());
    await download.saveAs(path);
    return { download, bytes: readFileSync(path) };
  }

  /** Width, height and drawn share of a PNG, decoded by the browser. */
  const pngFacts = (bytes: Buffer) =>
    page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let colored = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) >
          80
        )
          colored++;
      }
      return { width: image.width, height: image.height, colored: colored / (data.length / 4) };
    }, bytes.toString("base64"));

  /** Opens the Export menu, sets the Legend and Caption boxes, and saves what `button` makes. */
  async function exportWith(button: RegExp, options: { legend: boolean; caption: boolean }) {
    await clearNotices();
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.getByLabel("Legend").setChecked(options.legend);
    await dialog.getByLabel("Caption").setChecked(options.caption);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: button }).click(),
    ]);
    const path = join(work!, download.suggestedFilename());
    await download.saveAs(path);
    return { download, bytes: readFileSync(path) };
  }

  /** Share of pixels in the top-left width × height of two PNGs that differ. */
  const differingShare = (a: Buffer, b: Buffer, width: number, height: number) =>
    page.evaluate(
      async ([a64, b64, w, h]) => {
        const pixels = async (base64: string) => {
          const image = new Image();
          image.src = `data:image/png;base64,${base64}`;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = w;
          canvas.height = h;
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, w, h).data;
        };
        const [p, q] = [await pixels(a64), await pixels(b64)];
        let differing = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (
            Math.abs(p[i]! - q[i]!) + Math.abs(p[i + 1]! - q[i + 1]!) + Math.abs(p[i + 2]! - q[i + 2]!) >
            24
          )
            differing++;
        }
        return differing / (w * h);
      },
      [a.toString("base64"), b.toString("base64"), width, height] as const,
    );

  it("exports PNG at 1× and 2× of the graph area, drawn, with dated names that differ", async () => {
    await open("?focus=telegram");
    const size = await page.evaluate(() => window.__newsgraph!.sigma!.getDimensions());
    if (SCREENSHOTS) {
      await page.getByRole("button", { name: "Export", exact: true }).click();
      await page.screenshot({ path: join(SCREENSHOTS, "export-menu.png") });
      await page.keyboard.press("Escape");
    }
    const one = await exportWith(/PNG 1×/, { legend: false, caption: false });
    expect(one.download.suggestedFilename()).toMatch(/^newsgraph-telegram-\d{4}-\d\d-\d\dT\d{4}\.png$/);
    const facts1 = await pngFacts(one.bytes);
    expect(facts1).toMatchObject({ width: size.width, height: size.height });
    expect(facts1.colored).toBeGreaterThan(0.002);
    const two = await exportWith(/PNG 2×/, { legend: false, caption: false });
    expect(two.download.suggestedFilename()).toMatch(/^newsgraph-telegram-\d{4}-\d\d-\d\dT\d{4}@2x\.png$/);
    expect(two.download.suggestedFilename()).not.toBe(one.download.suggestedFilename());
    const facts2 = await pngFacts(two.bytes);
    expect(facts2).toMatchObject({ width: size.width * 2, height: size.height * 2 });
    expect(facts2.colored).toBeGreaterThan(0.002);
  });

  it("PNG legend and caption get margins of their own: the graph area is the same picture without them", async () => {
    await open();
    const size = await page.evaluate(() => window.__newsgraph!.sigma!.getDimensions());
    for (const scale of [1, 2] as const) {
      const button = scale === 1 ? /PNG 1×/ : /PNG 2×/;
      const bare = await exportWith(button, { legend: false, caption: false });
      const dressed = await exportWith(button, { legend: true, caption: true });
      if (SCREENSHOTS && scale === 2) writeFileSync(join(SCREENSHOTS, "export-2x.png"), dressed.bytes);
      const facts = await pngFacts(dressed.bytes);
      // Wider by the legend's column, taller by the caption's strip.
      expect(facts.width).toBeGreaterThan(size.width * scale + 150 * scale);
      expect(facts.height).toBeGreaterThan(size.height * scale + 20 * scale);
      expect(
        await differingShare(bare.bytes, dressed.bytes, size.width * scale, size.height * scale),
      ).toBeLessThan(0.001);
    }
  });

  it("an export of an empty view warns and saves nothing", async () => {
    await open("?hideKind=actor&hideKind=platform");
    await expect.poll(() => page.getByTestId("counts").textContent()).toMatch(/^0 of/);
    let downloads = 0;
    page.on("download", () => downloads++);
    for (const button of [/GEXF/, /PNG 1×/]) {
      await page.getByRole("button", { name: "Export", exact: true }).click();
      await page.getByRole("dialog", { name: "Export" }).getByRole("button", { name: button }).click();
      await expect
        .poll(() => page.getByRole("alert").textContent())
        .toMatch(/Nothing to export: the current view shows no nodes/);
      await page.getByRole("button", { name: "Dismiss" }).click();
    }
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });

  it("an export's notices show in the strip above the graph, never over it; information times out, an error stays", async () => {
    await open("?hideKind=actor&hideKind=platform");
    await expect.poll(() => page.getByTestId("counts").textContent()).toMatch(/^0 of/);
    const strip = page.getByRole("region", { name: "Notices" });
    const exportMenu = page.getByRole("dialog", { name: "Export" });
    // An error: the view is empty.
    await page.getByRole("button", { name: "Export", exact: true }).click();
    await exportMenu.getByRole("button", { name: /GEXF/ }).click();
    const error = strip.getByRole("alert");
    await expect
      .poll(() => error.textContent())
      .toMatch(/Nothing to export: the current view shows no nodes/);
    // Information: the whole graph, saved.
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toMatch(new RegExp(`^${graph.order} nodes`));
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      exportMenu.getByRole("button", { name: /GEXF/ }).click(),
    ]);
    const info = strip.getByRole("status");
    await expect.poll(() => info.textContent()).toContain(`Saved ${download.suggestedFilename()}`);
    expect(await strip.getByTestId("snapshot-notice").count()).toBe(2);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, "export-notices.png") });

    // The strip and each notice are clear of the graph canvas.
    const boxes = await page.evaluate(() => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return {
        canvas: box(document.querySelector(".graph-canvas")!),
        notices: [...document.querySelectorAll("[data-testid=snapshot-notice], .notices")].map(box),
      };
    });
    expect(boxes.canvas.bottom - boxes.canvas.top).toBeGreaterThan(300);
    for (const notice of boxes.notices) {
      expect(notice.bottom).toBeGreaterThan(notice.top);
      expect(
        notice.bottom > boxes.canvas.top &&
          notice.top < boxes.canvas.bottom &&
          notice.right > boxes.canvas.left &&
          notice.left < boxes.canvas.right,
      ).toBe(false);
    }

    // The information goes by itself; the error, older, is still there when it has gone.
    await expect.poll(() => info.count(), { timeout: INFO_MS + 10_000 }).toBe(0);
    expect(await error.count()).toBe(1);
    await error.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => strip.count()).toBe(0);
    await expect.poll(dimensions).toEqual(graphArea);
  });

  it("exports SVG, GEXF and JSON of the visible view: labels and counts match what is shown", async () => {
    const query = "?focus=telegram&hideAction=owns";
    await open(query);
    const visibility = computeVisibility(graph, decodeViewState(query));
    const svg = (await exportFile(/^SVG$/)).bytes.toString("utf8");
    const parseErrors: string[] = [];
    const doc = new DOMParser({
      errorHandler: {
        error: (m: string) => parseErrors.push(m),
        fatalError: (m: string) => parseErrors.push(m),
      },
    }).parseFromString(svg, "image/svg+xml");
    expect(parseErrors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
    for (const node of visibility.nodes) expect(texts).toContain(graph.getNodeAttribute(node, "label"));

    for (const [button, name] of [
      [/GEXF/, "view.gexf"],
      [/Graph JSON/, "view.json"],
    ] as const) {
      const back = parseGraphFile(
        name,
        (await exportFile(button)).bytes.toString("utf8"),
        nodeXmlParsers,
      ).graph;
      expect(back.order).toBe(visibility.nodes.size);
      expect(back.size).toBe(visibility.edges.size);
    }
  });

  it("standalone HTML opens from file:// with the network off, draws the graph and answers a search", async () => {
    await open("?focus=telegram");
    const { download, bytes } = await exportFile(/Standalone HTML/);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const file = join(work!, "snapshot.html");
    writeFileSync(file, bytes);
    const offline = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const requests: string[] = [];
    await offline.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("blob:") || url.startsWith("data:"))
        return route.continue();
      requests.push(url);
      return route.abort();
    });
    const snapshot = await offline.newPage();
    const snapshotErrors = watchErrors(snapshot);
    try {
      await openExplorer(snapshot, pathToFileURL(file).href);
      expect((await drawnPixels(snapshot, ".graph-canvas")).colored).toBeGreaterThan(0.002);
      const search = snapshot.getByRole("searchbox", { name: "Search" });
      await search.fill("Telegram");
      await expect.poll(() => snapshot.getByRole("option").first().textContent()).toMatch(/Telegram/);
      expect(requests).toEqual([]);
      expect(snapshotErrors).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it("opening a GEXF replaces the graph; a malformed file leaves it as it was", async () => {
    await open();
    const bad = join(work!, "broken.gexf");
    writeFileSync(bad, "<gexf><graph><nodes><node id='a'></nodes></graph>");
    await page.getByTestId("open-graph-file").setInputFiles(bad);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(/broken\.gexf could not be opened/);
    expect(await page.evaluate(() => window.__newsgraph!.sigma!.getGraph().order)).toBe(graph.order);

    const small = tinyGraph(
      [
        ["brazil", "actor", "government"],
        ["x", "platform", "social network"],
        ["starlink", "platform", "service"],
      ],
      [
        ["brazil", "blocks", "x"],
        ["brazil", "fines", "starlink"],
      ],
    );
    const file = join(work!, "brazil.gexf");
    writeFileSync(file, toGexf(small));
    await page.getByTestId("open-graph-file").setInputFiles(file);
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.sigma?.getGraph().order)).toBe(3);
    await expect.poll(() => page.getByTestId("counts").textContent()).toMatch(/3 nodes · 2 edges/);
    expect(await page.getByRole("status").textContent()).toMatch(/Opened brazil\.gexf/);
    // The error about the broken file stays until dismissed.
    expect(await page.getByRole("alert").textContent()).toMatch(/broken\.gexf could not be opened/);
  });

  it("pasting an article adds its nodes and edges, highlighted, with evidence pointing to it", async () => {
    await open();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page
      .getByLabel(/Paste an article/)
      .fill(
        "India bans TikTok and WeChat\n\nThe Indian government banned TikTok and WeChat on Monday, citing national security.\n",
      );
    await page.getByRole("button", { name: "Add article" }).click();
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, "import-in-progress.png") });
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph?.sigma?.getGraph().hasNode("tiktok")), {
        timeout: 30_000,
      })
      .toBe(true);
    const added = await page.evaluate(() => {
      const g = window.__newsgraph!.sigma!.getGraph();
      const edges = g.filterEdges((_e, a) =>
        a.evidence.some((e: { article: string }) => e.article.startsWith("pasted-article")),
      );
      return {
        order: g.order,
        edges: edges.length,
        highlighted: (window.__newsgraph as { highlighted?: { nodes: string[] } }).highlighted?.nodes ?? [],
      };
    });
    expect(added.order).toBeGreaterThan(graph.order);
    expect(added.edges).toBeGreaterThan(0);
    expect(added.highlighted).toContain("tiktok");
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, "import-done.png") });
    await page.getByRole("button", { name: "Read the article" }).click();
    await expect
      .poll(() => page.getByRole("complementary", { name: "Article" }).textContent())
      .toMatch(/Indian government/);
  });
});
