// Hostile graph files opened in Chromium (tests/fixtures/hostile/graphs/), through the page's importer and
// through a link's `?graph=`: each gets one clear message or loads, Object.prototype gains nothing, and the
// graph on screen stays drawn (sigma's own graph and the canvas's pixels). A graph linked from another
// origin is refused. Adding articles can be cancelled. Skipped when Chromium is missing, unless E2E=required.
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { requireChromium } from "./guard.ts";
import {
  FIXTURES,
  buildSite,
  drawnPixels,
  explorerPage,
  launchChromium,
  removeDir,
  serveSite,
  type StaticServer,
} from "./harness.ts";

const chromium = requireChromium("hostile imports in Chromium");

const HOSTILE = join(FIXTURES, "hostile", "graphs");
/** tests/fixtures/explorer-graph.json, the page's own graph here. */
const OWN = { order: 23, size: 50 };

/** Refused files and what their message says is wrong. */
const REFUSED: [file: string, problem: string][] = [
  ["proto-node.json", 'the node key "__proto__" is not allowed'],
  ["constructor-node.json", 'the node key "constructor" is not allowed'],
  ["tostring-node.json", 'the node key "toString" is not allowed'],
  ["proto-edge-key.json", 'the edge key "__proto__" is not allowed'],
  ["proto-node.gexf", 'the node key "__proto__" is not allowed'],
  ["proto-attribute.gexf", 'the attribute name "__proto__" is not allowed'],
  ["proto-node.graphml", 'the node key "__proto__" is not allowed'],
  ["prototype-node.graphml", 'the node key "prototype" is not allowed'],
];
/** Files whose categories and actions are named like object members: they open. */
const OPENED: [file: string, order: number][] = [
  ["constructor-category.json", 3],
  ["constructor-category.graphml", 2],
];

/** A graph as another site would serve it to anyone (CORS open): what a spoofing link points at. */
const SPOOF = {
  nodes: [
    { key: "spoof", attributes: { label: "Spoofed claim", x: 0, y: 0, size: 10 } },
    { key: "victim", attributes: { label: "Victim", x: 10, y: 0, size: 10 } },
  ],
  edges: [{ source: "spoof", target: "victim", attributes: { action: "accuses" } }],
};

function serveOtherOrigin(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? "");
    response.writeHead(200, {
      "content-type": "application/json",
      "access-control-allow-origin": "*",
    });
    response.end(JSON.stringify(SPOOF));
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      // Another origin than the site's 127.0.0.1: the host name differs.
      done({
        url: `http://localhost:${port}/`,
        requests,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    }),
  );
}

describe.runIf(chromium)("hostile imports in Chromium", () => {
  let site: string | undefined;
  let server: StaticServer;
  let other: Awaited<ReturnType<typeof serveOtherOrigin>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    [site, browser, other] = await Promise.all([buildSite(), launchChromium(), serveOtherOrigin()]);
    server = await serveSite(site, join(FIXTURES, "explorer-graph.json"), HOSTILE);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await other?.close();
    removeDir(site);
  });

  async function open(query = ""): Promise<Page> {
    ({ context, page, errors } = await explorerPage(browser, `${server.url}${query}`));
    return page;
  }

  afterEach(async () => {
    const seen = errors;
    await context?.close();
    expect(seen).toEqual([]);
  });

  const prototypeNames = () => page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).sort());

  /** What sigma holds and shows, and whether the prototype of a fresh object gained anything. */
  const state = () =>
    page.evaluate(() => {
      const sigma = window.__newsgraph!.sigma!;
      const graph = sigma.getGraph();
      const probe = {} as Record<string, unknown>;
      return {
        order: graph.order,
        size: graph.size,
        same: graph === window.__newsgraph!.graph,
        displayed: graph.filterNodes((n) => sigma.getNodeDisplayData(n) !== undefined).length,
        colors: graph.mapNodes((n) => typeof sigma.getNodeDisplayData(n)?.color),
        inherited: [probe.previous, probe.next, (Object as unknown as Record<string, unknown>).previous].map(
          (v) => v === undefined,
        ),
      };
    });

  /** The notices' messages, newest first. */
  const notices = () => page.locator("[data-testid=snapshot-notice] > p").allTextContents();

  it.each(REFUSED)("%s is refused with one message; the graph stays drawn", async (file, problem) => {
    await open();
    const before = await prototypeNames();
    const pixels = await drawnPixels(page, ".graph-canvas");
    await page.getByTestId("open-graph-file").setInputFiles(join(HOSTILE, file));
    await expect.poll(notices).toHaveLength(1);
    const [message] = await notices();
    expect(message).toContain(`${file} could not be opened: ${problem}`);
    expect(message).toContain("The current graph is unchanged.");
    expect(await prototypeNames()).toEqual(before);
    expect(await state()).toMatchObject({
      ...OWN,
      same: true,
      displayed: OWN.order,
      inherited: [true, true, true],
    });
    // Coloured pixels: the notice above the graph changes the background corner the `changed` share reads.
    expect(pixels.colored).toBeGreaterThan(0.01);
    expect(Math.abs((await drawnPixels(page, ".graph-canvas")).colored - pixels.colored)).toBeLessThan(0.01);
    await expect.poll(() => page.getByRole("button", { name: "Import", exact: true }).isEnabled()).toBe(true);
  });

  it.each(OPENED)(
    "%s opens with its categories and actions drawn in palette colours",
    async (file, order) => {
      await open();
      const before = await prototypeNames();
      await page.getByTestId("open-graph-file").setInputFiles(join(HOSTILE, file));
      await expect.poll(() => state().then((s) => s.order)).toBe(order);
      expect(await notices()).toEqual([expect.stringContaining(`Opened ${file}: ${order} nodes`)]);
      expect(await prototypeNames()).toEqual(before);
      const now = await state();
      expect(now.inherited).toEqual([true, true, true]);
      expect(now.colors).toEqual(Array(order).fill("string"));
      expect(now.displayed).toBe(order);
      await expect.poll(() => drawnPixels(page, ".graph-canvas").then((p) => p.colored > 0)).toBe(true);
      // The legend lists the categories as text.
      expect(await page.locator(".sidebar").textContent()).toContain("constructor");
    },
  );

  it("a link to a graph on another origin is refused with a notice, and the site's graph is shown", async () => {
    const spoof = `${other.url}spoof.json`;
    await open(`?graph=${encodeURIComponent(spoof)}`);
    const [message, ...more] = await notices();
    expect(more).toEqual([]);
    expect(message).toContain(
      `The link's graph ${spoof} was not opened: links open graph files of this site only.`,
    );
    expect(await state()).toMatchObject({ ...OWN, displayed: OWN.order });
    const labels = await page.evaluate(() => window.__newsgraph!.graph!.mapNodes((_n, a) => a.label));
    expect(labels).not.toContain("Spoofed claim");
    expect((await drawnPixels(page, ".graph-canvas")).colored).toBeGreaterThan(0.01);
  });

  it("a link to a hostile graph of this site is checked as an import: refused, the site's graph shown", async () => {
    await open("?graph=data/proto-node.json");
    expect(await notices()).toEqual([
      expect.stringMatching(
        /^proto-node\.json could not be opened: the node key "__proto__" is not allowed .* Showing this site's graph\./,
      ),
    ]);
    expect(await state()).toMatchObject({ ...OWN, displayed: OWN.order, inherited: [true, true, true] });
  });

  it("a link to a graph file of this site opens it, GraphML too", async () => {
    await open("?graph=data/constructor-category.graphml");
    expect(await state()).toMatchObject({ order: 2, size: 2, displayed: 2, colors: ["string", "string"] });
    expect(await notices()).toEqual([]);
  });

  it("adding articles can be cancelled: the worker stops, the graph stays, a notice says so", async () => {
    await open();
    const articles = () => page.evaluate(() => window.__newsgraph!.graph!.getAttribute("articles").length);
    const before = { ...(await state()), articles: await articles() };
    // Long enough that the build is still running when Cancel is pressed.
    const sentence =
      "Roskomnadzor blocked Telegram and the Russian government restricted WhatsApp on Monday. ";
    const text = `Russia blocks messengers\n\n${sentence.repeat(20_000)}\n`;
    await page.getByTestId("add-article-files").setInputFiles({
      name: "long.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(text),
    });
    const builders = () => page.workers().filter((w) => w.url().includes("builder")).length;
    await expect.poll(builders).toBe(1);
    await page.getByRole("button", { name: "Cancel adding articles" }).click();
    await expect.poll(notices).toEqual(["Adding articles was cancelled. The graph is unchanged."]);
    await expect.poll(builders).toBe(0);
    expect(await page.getByTestId("snapshot-busy").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Cancel adding articles" }).count()).toBe(0);
    expect({ ...(await state()), articles: await articles() }).toEqual(before);
    expect((await drawnPixels(page, ".graph-canvas")).colored).toBeGreaterThan(0.01);
    // The next article is built by a fresh worker.
    await page.getByTestId("add-article-files").setInputFiles({
      name: "short.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Pakistan blocks X\n\nPakistan's telecom authority blocked X on Saturday.\n"),
    });
    await expect.poll(articles, { timeout: 30_000 }).toBe(before.articles + 1);
  });
});
