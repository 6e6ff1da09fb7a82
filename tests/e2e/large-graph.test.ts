// The large-graph mode (app/sigma/scale.ts) in Chromium: above the threshold the stage says what is off and
// it really is (sigma's settings, its display data, what its canvases hold), and hover, search and focus
// still work; below it the same graph has them all. The threshold is lowered for the test with
// window.__newsgraphLargeGraphFrom, so a graph of 1,000 nodes and 4,000 edges is "large" and stays quick.
// Also writes screenshots of the note (bench/out/large-graph/, light and dark, 1280 and 800 px wide).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { NewsGraph } from "../../graph/types.ts";
import { computeVisibility, defaultViewState } from "../../graph/view/index.ts";
import { toggleFocus } from "../../graph/view/state.ts";
import {
  ROOT,
  buildSite,
  launchChromium,
  removeDir,
  serveSite,
  watchErrors,
  type StaticServer,
} from "./harness.ts";
import { requireChromium } from "./guard.ts";
import { syntheticGraph } from "./synthetic.ts";

const chromium = requireChromium("large-graph mode in Chromium");

/** Nodes + edges of the test graph: 1,000 + 4,000, the least that still takes the partial-refresh paths. */
const ORDER = 1_000;
const ITEMS = ORDER * 5;
const SHOTS = join(ROOT, "bench", "out", "large-graph");

describe.runIf(chromium)("large-graph mode in Chromium", () => {
  let site: string | undefined;
  let work: string | undefined;
  let server: StaticServer;
  let browser: Browser;
  let graph: NewsGraph;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "newsgraph-large-"));
    const data = syntheticGraph(ORDER, ORDER * 4, 11);
    writeFileSync(join(work, "graph.json"), JSON.stringify(data));
    [site, browser] = await Promise.all([buildSite(), launchChromium()]);
    server = await serveSite(site, join(work, "graph.json"), work);
    graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true }) as unknown as NewsGraph;
    graph.import(data as Parameters<NewsGraph["import"]>[0]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDir(site);
    removeDir(work);
  });

  afterEach(async () => {
    const seen = errors;
    await page?.close();
    expect(seen).toEqual([]);
  });

  /** The explorer on the test graph, with the large-graph threshold at `threshold` nodes + edges. */
  async function open(threshold: number, options: { width?: number; dark?: boolean } = {}): Promise<Page> {
    page = await browser.newPage({
      viewport: { width: options.width ?? 1280, height: 720 },
      colorScheme: options.dark ? "dark" : "light",
    });
    errors = watchErrors(page);
    await page.addInitScript(`window.__newsgraphLargeGraphFrom = ${threshold}`);
    await page.goto(server.url);
    await page.waitForFunction(
      () => window.__newsgraph?.sigma && window.__newsgraph.largeGraph !== undefined,
    );
    await page.waitForSelector("button.legend-toggle", { state: "attached" });
    // The node the pointer is over, as sigma says it (the last one entered and not left).
    await page.evaluate(() => {
      const sigma = window.__newsgraph!.sigma!;
      const hook = window as unknown as { __hovered: string | null };
      hook.__hovered = null;
      sigma.on("enterNode", ({ node }) => (hook.__hovered = node));
      sigma.on("leaveNode", () => (hook.__hovered = null));
    });
    return page;
  }

  /** The suggestions listed under a search box. */
  const suggestions = (box: string) =>
    page.getByRole("listbox", { name: `${box} suggestions` }).getByRole("option");

  /** What sigma holds: its settings, and the display data of edges and nodes. */
  const sigmaState = () =>
    page.evaluate(() => {
      const sigma = window.__newsgraph!.sigma!;
      const graph = sigma.getGraph();
      return {
        renderEdgeLabels: sigma.getSetting("renderEdgeLabels"),
        hideEdgesOnMove: sigma.getSetting("hideEdgesOnMove"),
        curvedProgram: "curvedArrow" in (sigma.getSetting("edgeProgramClasses") ?? {}),
        curvedEdges: graph.filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.type === "curvedArrow")
          .length,
      };
    });

  /** Nodes drawn in another colour than their own (dimmed), and those with a forced label. */
  const looks = () =>
    page.evaluate(() => {
      const sigma = window.__newsgraph!.sigma!;
      const graph = sigma.getGraph();
      const dimmed = graph.filterNodes((n, a) => sigma.getNodeDisplayData(n)!.color !== a.color).length;
      const labelled = graph.filterNodes((n) => sigma.getNodeDisplayData(n)!.forceLabel === true);
      return { dimmed, labelled };
    });

  /** Pixels sigma's edge-label layer holds (a 2D canvas): what it drew there in the last frame. */
  const edgeLabelPixels = () =>
    page.evaluate(() => {
      const canvas = window.__newsgraph!.sigma!.getCanvases().edgeLabels!;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
      return drawn;
    });

  /** Zooms in past the ratio at which every visible edge says its action, and waits for the frame. */
  const zoomIn = () =>
    page.evaluate(async () => {
      const sigma = window.__newsgraph!.sigma!;
      const rendered = new Promise<void>((resolve) => sigma.once("afterRender", () => resolve()));
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 0.2 });
      await rendered;
      // The display state hears the camera and refreshes at the next frame.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });

  /** Hovers the biggest node near the middle of the canvas; resolves with the node sigma says is hovered. */
  async function hoverANode(): Promise<string> {
    const target = await page.evaluate(() => {
      const sigma = window.__newsgraph!.sigma!;
      const rect = sigma.getContainer().getBoundingClientRect();
      let best: { node: string; size: number; x: number; y: number } | null = null;
      sigma.getGraph().forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node)!;
        if (data.hidden) return;
        const { x, y } = sigma.framedGraphToViewport(data);
        if (x < rect.width * 0.3 || x > rect.width * 0.7 || y < rect.height * 0.3 || y > rect.height * 0.7)
          return;
        if (!best || data.size > best.size)
          best = { node, size: data.size, x: rect.left + x, y: rect.top + y };
      });
      return best!;
    });
    // One move, straight there: passing over other nodes on the way would hover them first.
    await page.mouse.move(target.x, target.y);
    const hovered = () => page.evaluate(() => (window as unknown as { __hovered: string | null }).__hovered);
    await expect.poll(hovered).toBeTruthy();
    return (await hovered())!;
  }

  /** Moves the pointer to an empty corner of the canvas (the stage padding), leaving any node. */
  async function hoverNothing(): Promise<void> {
    const corner = await page.evaluate(() => {
      const rect = window.__newsgraph!.sigma!.getContainer().getBoundingClientRect();
      return { x: rect.right - 6, y: rect.bottom - 6 };
    });
    await page.mouse.move(corner.x, corner.y);
  }

  it("below the threshold: edge labels, curved parallel edges, dimming and the layout are on, no note", async () => {
    await open(ITEMS + 1);
    expect(await page.evaluate(() => window.__newsgraph!.largeGraph)).toBeNull();
    expect(await page.getByTestId("large-graph-note").count()).toBe(0);
    const state = await sigmaState();
    expect(state).toMatchObject({ renderEdgeLabels: true, hideEdgesOnMove: false, curvedProgram: true });
    expect(state.curvedEdges).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Run layout" }).isEnabled()).toBe(true);
    // Hovering dims everything outside the neighbourhood.
    const hovered = await hoverANode();
    await expect.poll(async () => (await looks()).dimmed).toBeGreaterThan(ORDER / 2);
    expect((await looks()).labelled).toContain(hovered);
    await hoverNothing();
    await expect.poll(async () => (await looks()).dimmed).toBe(0);
    // Zoomed in, edges say their action on sigma's edge-label layer.
    await zoomIn();
    await expect.poll(edgeLabelPixels).toBeGreaterThan(0);
  });

  it("above it: the note says what is off, and it is off in sigma; hover, search and focus still work", async () => {
    await open(ITEMS);
    const note = page.getByTestId("large-graph-note");
    await expect.poll(() => note.isVisible()).toBe(true);
    const text = (await note.textContent())!;
    expect(text).toContain(`Large graph (1,000 nodes, 4,000 edges)`);
    const off = (await page.evaluate(() => window.__newsgraph!.largeGraph))!;
    expect(off).toEqual([
      "edge labels",
      "curved parallel edges",
      "dimming around the hovered or selected node",
      "edges while the view moves",
      "the live layout",
    ]);
    for (const feature of off) expect(text).toContain(feature);
    // Off for real: sigma's settings and display data, the layout's button.
    expect(await sigmaState()).toEqual({
      renderEdgeLabels: false,
      hideEdgesOnMove: true,
      curvedProgram: false,
      curvedEdges: 0,
    });
    expect(await page.getByRole("button", { name: "Run layout" }).isDisabled()).toBe(true);

    // Hover still highlights the neighbourhood (labels forced), without dimming the rest.
    const hovered = await hoverANode();
    const neighbours = new Set([hovered, ...graph.neighbors(hovered)]);
    await expect.poll(async () => (await looks()).labelled.sort()).toEqual([...neighbours].sort());
    expect((await looks()).dimmed).toBe(0);
    await hoverNothing();
    await expect.poll(async () => (await looks()).labelled).toEqual([]);

    // Search selects a node: drawn highlighted, its neighbourhood labelled, nothing dimmed.
    const search = page.getByRole("searchbox", { name: "Search", exact: true });
    await search.fill("Node 17");
    await expect.poll(() => suggestions("Search").first().textContent()).toMatch(/^Node 17(?!\d)/);
    await search.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view?.selection))
      .toEqual({
        type: "node",
        node: "n17",
      });
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.sigma!.getNodeDisplayData("n17")?.highlighted))
      .toBe(true);
    expect((await looks()).dimmed).toBe(0);

    // Focus leaves the neighbourhood, as the view logic says.
    const focusBox = page.getByRole("searchbox", { name: "Add actor or platform to focus" });
    await focusBox.fill("Node 17");
    await expect
      .poll(() => suggestions("Add actor or platform to focus").first().textContent())
      .toMatch(/^Node 17(?!\d)/);
    await focusBox.press("Enter");
    const expected = computeVisibility(graph, toggleFocus("n17")(defaultViewState()));
    await expect
      .poll(() =>
        page.evaluate(() => {
          const sigma = window.__newsgraph!.sigma!;
          return sigma
            .getGraph()
            .filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden)
            .sort();
        }),
      )
      .toEqual([...expected.nodes].sort());

    // Zoomed in, the edge-label layer stays empty.
    await zoomIn();
    expect(await edgeLabelPixels()).toBe(0);
  });

  it("shows the note legibly at 1280 and 800 px wide, light and dark (screenshots in bench/out/large-graph)", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const seen: string[] = [];
    for (const dark of [false, true]) {
      for (const width of [1280, 800]) {
        if (page && !page.isClosed()) {
          seen.push(...errors);
          await page.close();
        }
        await open(ITEMS, { width, dark });
        const note = page.getByTestId("large-graph-note");
        await expect.poll(() => note.isVisible()).toBe(true);
        await page.waitForTimeout(500);
        // Inside the graph area, clear of the Lasso button and of the panels.
        const box = (await note.boundingBox())!;
        const stage = (await page.locator(".graph-area").boundingBox())!;
        const lasso = (await page.getByRole("button", { name: "Lasso" }).boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(stage.x);
        expect(box.y).toBeGreaterThanOrEqual(stage.y);
        expect(box.x + box.width).toBeLessThanOrEqual(lasso.x);
        expect(box.y + box.height).toBeLessThan(stage.y + stage.height / 3);
        const colors = await note.evaluate((element) => {
          const style = getComputedStyle(element);
          return { color: style.color, background: style.backgroundColor };
        });
        expect(colors.color).not.toBe(colors.background);
        await page.screenshot({
          path: join(SHOTS, `large-graph-${width}${dark ? "-dark" : ""}.png`),
        });
      }
    }
    expect(seen).toEqual([]);
  });
});
