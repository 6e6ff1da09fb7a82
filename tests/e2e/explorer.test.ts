// The explorer in a real browser (Debian Chromium, software WebGL): what sigma draws and holds, the
// panels, the URL, the reader, and untrusted article text. Skipped when Chromium is missing, unless
// E2E=required.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { NewsGraph } from "../../graph/types.ts";
import { computeVisibility, defaultViewState, toggleAction } from "../../graph/view/index.ts";
import {
  buildSite,
  chromiumStatus,
  drawnPixels,
  launchChromium,
  openExplorer,
  removeDir,
  serveSite,
  watchErrors,
  type StaticServer,
  explorerGraphFile,
} from "./harness.ts";
import { requireChromium } from "./guard.ts";
import { syntheticGraph } from "./synthetic.ts";

const status = chromiumStatus();
if (!status.available) console.warn(status.message);

const chromium = requireChromium("explorer in Chromium");

describe.runIf(chromium)("explorer in Chromium", () => {
  let site: string | undefined;
  let work: string | undefined;
  let server: StaticServer;
  let browser: Browser;
  let graph: NewsGraph;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "newsgraph-e2e-"));
    const graphFile = await explorerGraphFile(work);
    writeFileSync(join(work, "synthetic-1000.json"), JSON.stringify(syntheticGraph(1000, 4000, 7)));
    [site, browser] = await Promise.all([buildSite(), launchChromium()]);
    server = await serveSite(site, graphFile, work);
    graph = new Graph({ multi: true, type: "directed", allowSelfLoops: true }) as unknown as NewsGraph;
    graph.import(JSON.parse(readFileSync(graphFile, "utf8")));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDir(site);
    removeDir(work);
  });

  async function newPage(options: { width?: number; height?: number; dark?: boolean } = {}): Promise<Page> {
    page = await browser.newPage({
      viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
      colorScheme: options.dark ? "dark" : "light",
    });
    errors = watchErrors(page);
    page.on("dialog", (dialog) => {
      errors.push(`dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return page;
  }

  afterEach(async () => {
    const seen = errors;
    await page?.close();
    expect(seen).toEqual([]);
  });

  /** Nodes and edges sigma currently draws (not hidden by the reducers). */
  const drawn = () =>
    page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      const nodes = graph!.filterNodes((node) => !sigma!.getNodeDisplayData(node)?.hidden).sort();
      const edges = graph!.filterEdges((edge) => !sigma!.getEdgeDisplayData(edge)?.hidden);
      return { nodes, edges: edges.map((e) => graph!.getEdgeAttribute(e, "action")).length, edgeKeys: edges };
    });

  it("draws the graph: WebGL canvas has pixels, labels, counts", async () => {
    await newPage();
    await openExplorer(page, server.url);
    const pixels = await drawnPixels(page, ".graph-canvas");
    expect(pixels.changed).toBeGreaterThan(0.01);
    expect(pixels.colored).toBeGreaterThan(0.002);
    const state = await drawn();
    expect(state.nodes.length).toBe(graph.order);
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toMatch(new RegExp(`${graph.order} nodes · ${graph.size} edges`));
    // Parallel edges get arcs of their own: "blocks" and "restricts" from the Russian government to WhatsApp
    // (and anything else between the two) are all visible, at most one of them straight.
    const arcs = await page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      return graph!
        .outEdges("russian-government", "whatsapp")
        .concat(graph!.outEdges("whatsapp", "russian-government"))
        .map((e) => {
          const data = sigma!.getEdgeDisplayData(e) as {
            type?: string;
            curvature?: number;
            hidden?: boolean;
          };
          const reversed = graph!.source(e) !== "russian-government";
          const curvature = data.type === "curvedArrow" ? (data.curvature ?? 0) * (reversed ? -1 : 1) : 0;
          return { action: graph!.getEdgeAttribute(e, "action"), curvature, hidden: data.hidden };
        });
    });
    expect(arcs.map((a) => a.action)).toEqual(expect.arrayContaining(["blocks", "restricts"]));
    expect(new Set(arcs.map((a) => a.curvature.toFixed(3))).size).toBe(arcs.length);
    expect(arcs.filter((a) => a.curvature === 0).length).toBeLessThanOrEqual(1);
    expect(arcs.every((a) => !a.hidden)).toBe(true);
  });

  it('finds "Telegram" by search, selects it, moves the camera and lists Roskomnadzor among its relations', async () => {
    await newPage();
    await openExplorer(page, server.url);
    const before = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
    const search = page.getByRole("searchbox", { name: "Search" });
    await search.fill("Telegram");
    await expect.poll(() => page.getByRole("option").first().textContent()).toMatch(/Telegram/);
    await search.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view?.selection))
      .toEqual({
        type: "node",
        node: "telegram",
      });
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("Telegram");
    expect(await panel.getByRole("button", { name: "Roskomnadzor", exact: true }).count()).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        const after = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
        return after.x !== before.x || after.y !== before.y || after.ratio !== before.ratio;
      })
      .toBe(true);
    // The selection highlights Telegram's neighbourhood in sigma and dims the rest.
    const highlighted = await page.evaluate(
      () => window.__newsgraph!.sigma!.getNodeDisplayData("telegram")?.highlighted,
    );
    expect(highlighted).toBe(true);
  });

  it("searching an alias finds its node: Kremlin → Russian government", async () => {
    await newPage();
    await openExplorer(page, server.url);
    await page.keyboard.press("/");
    await page.keyboard.type("Kremlin");
    await expect.poll(() => page.getByRole("option").first().textContent()).toMatch(/Russian government/);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view?.selection))
      .toEqual({
        type: "node",
        node: "russian-government",
      });
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view?.selection)).toBeNull();
  });

  it("a platform filter leaves only that platform's neighbourhood in sigma's graph state", async () => {
    await newPage();
    await openExplorer(page, server.url);
    await page.getByRole("searchbox", { name: "Add actor or platform to focus" }).fill("Telegram");
    await page.keyboard.press("Enter");
    const expected = [...new Set(["telegram", ...graph.neighbors("telegram")])].sort();
    await expect.poll(async () => (await drawn()).nodes).toEqual(expected);
    const { edgeKeys } = await drawn();
    for (const edge of edgeKeys) {
      expect(expected).toContain(graph.source(edge));
      expect(expected).toContain(graph.target(edge));
    }
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toMatch(new RegExp(`^${expected.length} of ${graph.order} nodes`));
    // Depth 2 reaches further.
    await page.getByRole("radio", { name: "2" }).check();
    await expect.poll(async () => (await drawn()).nodes.length).toBeGreaterThan(expected.length);
  });

  it("the legend is the filter: clicking an action hides its edges, and counts follow", async () => {
    await newPage();
    await openExplorer(page, server.url);
    const blocks = page.getByRole("button", { name: /^blocks/ });
    await expect.poll(() => blocks.getAttribute("aria-pressed")).toBe("true");
    await blocks.click();
    await expect.poll(() => blocks.getAttribute("aria-pressed")).toBe("false");
    const hiddenBlocks = await page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      return graph!
        .filterEdges((_e, a) => a.action === "blocks")
        .every((e) => sigma!.getEdgeDisplayData(e)?.hidden === true);
    });
    expect(hiddenBlocks).toBe(true);
    const blocksCount = graph.filterEdges((_e, a) => a.action === "blocks").length;
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toMatch(new RegExp(`${graph.size - blocksCount} of ${graph.size} edges`));
    // Hiding alleged evidence and resetting.
    await page.getByRole("checkbox", { name: "Alleged" }).uncheck();
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect.poll(async () => (await drawn()).nodes.length).toBe(graph.order);
  });

  it("on a bigger graph, filters update only what changed and agree with the view logic", async () => {
    await newPage();
    await openExplorer(page, `${server.url}?graph=data/synthetic-1000.json`);
    const big = new Graph({ multi: true, type: "directed" }) as unknown as NewsGraph;
    big.import(JSON.parse(readFileSync(join(work!, "synthetic-1000.json"), "utf8")));
    const expected = computeVisibility(big, toggleAction("blocks")(defaultViewState()));
    await page.getByRole("button", { name: /^blocks/ }).click();
    const check = async () => {
      const shown = await drawn();
      expect(shown.nodes).toEqual([...expected.nodes].sort());
      expect(new Set(shown.edgeKeys)).toEqual(expected.edges);
    };
    await expect.poll(async () => (await drawn()).edgeKeys.length).toBe(expected.edges.size);
    await check();
    // After the partial refresh, a full one follows once things settle; the result is the same.
    await page.waitForTimeout(2000);
    await check();
    await page.getByRole("button", { name: /^blocks/ }).click();
    await expect.poll(async () => (await drawn()).nodes.length).toBe(big.order);
  });

  it("restores the view from the URL after a reload, and back/forward step through changes", async () => {
    await newPage();
    await openExplorer(page, server.url);
    await page.getByRole("button", { name: /^owns/ }).click();
    await page.getByRole("searchbox", { name: "Search" }).fill("Telegram");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Focus neighbourhood" }).click();
    await expect.poll(() => page.url()).toMatch(/focus=telegram/);
    // Let the camera settle into the URL too.
    await expect.poll(() => page.url(), { timeout: 5000 }).toMatch(/cam=/);
    const url = page.url();
    const before = await drawn();
    const camera = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
    await page.reload();
    await openExplorer(page, url);
    expect(await drawn()).toEqual(before);
    expect(await page.evaluate(() => window.__newsgraph!.view)).toMatchObject({
      hiddenActions: ["owns"],
      focus: ["telegram"],
      selection: { type: "node", node: "telegram" },
    });
    const restored = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
    expect(restored.ratio).toBeCloseTo(camera.ratio, 2);
    expect(restored.x).toBeCloseTo(camera.x, 2);
    await expect
      .poll(() =>
        page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }).textContent(),
      )
      .toBe("Telegram");
    // Back: no focus any more (but the selection and the hidden action stay).
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view?.focus)).toEqual([]);
    await expect.poll(async () => (await drawn()).nodes.length).toBeGreaterThan(before.nodes.length);
    await page.goForward();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view?.focus)).toEqual(["telegram"]);
    await expect.poll(async () => (await drawn()).nodes).toEqual(before.nodes);
  });

  it("clicking an evidence sentence opens the article with that sentence highlighted; mentions select nodes", async () => {
    await newPage();
    await openExplorer(page, `${server.url}?node=telegram`);
    const sentence = page.locator(".evidence-sentence").first();
    const text = (await sentence.textContent())!.trim();
    await sentence.click();
    const reader = page.getByRole("complementary", { name: "Article" });
    const mark = reader.locator("mark.evidence-highlight");
    await expect.poll(() => mark.textContent()).toBe(text);
    await expect.poll(() => mark.isVisible()).toBe(true);
    const view = await page.evaluate(() => window.__newsgraph!.view!);
    const article = graph.getAttribute("articles").find((a) => a.id === view.reader!.article)!;
    expect(article.text.slice(view.reader!.start!, view.reader!.end!)).toBe(text);
    // Mentions of Telegram (the selected node) are marked as current; clicking another selects it.
    expect(await reader.locator('.mention.current[data-node="telegram"]').count()).toBeGreaterThan(0);
    const other = reader.locator('.mention:not([data-node="telegram"])').first();
    const node = await other.getAttribute("data-node");
    await other.click();
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view?.selection))
      .toEqual({ type: "node", node });
    await expect
      .poll(() => reader.locator(`.mention.current[data-node="${node}"]`).count())
      .toBeGreaterThan(0);
    // Escape closes the reader first, then the selection.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view?.reader)).toBeNull();
  });

  it("clicking an edge in the canvas shows its evidence", async () => {
    await newPage();
    await openExplorer(page, server.url);
    // Click the middle of a straight edge, found from sigma's own coordinates: of all such edges, the
    // one whose middle lies farthest from any node and from the other edges' middles, so the click
    // cannot land on something else whatever the layout.
    const target = await page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      const rect = sigma!.getContainer().getBoundingClientRect();
      const at = (n: string) => sigma!.graphToViewport(graph!.getNodeAttributes(n));
      const mids = graph!
        .filterEdges(
          (e) =>
            sigma!.getEdgeDisplayData(e)?.type === "arrow" &&
            !sigma!.getEdgeDisplayData(e)?.hidden &&
            graph!.getEdgeAttribute(e, "evidence").length > 0,
        )
        .map((edge) => {
          const [s, t] = graph!.extremities(edge);
          const a = at(s);
          const b = at(t);
          return { edge, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        })
        .filter((m) => m.x > 20 && m.y > 20 && m.x < rect.width - 20 && m.y < rect.height - 20);
      const clearance = (m: { edge: string; x: number; y: number }) => {
        let d = Infinity;
        graph!.forEachNode((n) => {
          const p = at(n);
          const size = sigma!.getNodeDisplayData(n)?.size ?? 0;
          d = Math.min(d, Math.hypot(p.x - m.x, p.y - m.y) - size);
          // a label is drawn right of its node and takes the click: keep clear of its box (about 7 px a letter)
          const label = String(graph!.getNodeAttribute(n, "label") ?? "");
          const inLabel =
            m.x >= p.x + size - 4 && m.x <= p.x + size + 8 + label.length * 7 && Math.abs(m.y - p.y) <= 12;
          if (inLabel) d = -1;
        });
        for (const o of mids) if (o.edge !== m.edge) d = Math.min(d, Math.hypot(o.x - m.x, o.y - m.y));
        return d;
      };
      const best = mids.reduce((x, y) => (clearance(y) > clearance(x) ? y : x));
      return { edge: best.edge, x: rect.left + best.x, y: rect.top + best.y };
    });
    // a thin edge is a pixel or two wide: as a person would, click again a pixel beside it if the first misses
    for (const [dx, dy] of [
      [0, 0],
      [0, 1],
      [1, 0],
      [0, -1],
      [-1, 0],
    ] as const) {
      await page.mouse.move(target.x + dx, target.y + dy);
      await page.mouse.click(target.x + dx, target.y + dy);
      await page.waitForTimeout(300);
      if ((await page.evaluate(() => window.__newsgraph!.view?.selection?.type)) === "edge") break;
    }
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view?.selection?.type)).toBe("edge");
    const panel = page.getByRole("complementary", { name: "Details" });
    expect(await panel.locator(".evidence-sentence").count()).toBeGreaterThan(0);
    // each sentence says, quietly, which construction the builder read it from
    // (the rules of the edge the click selected: a pixel beside the target may pick its neighbour)
    const rules = await page.evaluate(() => {
      const { graph, view } = window.__newsgraph!;
      const sel = view!.selection as { source: string; target: string; action: string };
      const key = graph!
        .outEdges(sel.source, sel.target)
        .find((e) => graph!.getEdgeAttribute(e, "action") === sel.action)!;
      const evidence = graph!.getEdgeAttribute(key, "evidence") as { rule?: string }[];
      return evidence.map((e) => e.rule ?? "");
    });
    // (the panel lists the sentences the filters let through, so its first need not be the edge's first)
    if (rules.every(Boolean)) {
      await expect.poll(() => panel.locator(".evidence-rule").count()).toBeGreaterThan(0);
      const shown = await panel.locator(".evidence-rule").allTextContents();
      for (const rule of shown) expect(rules).toContain(rule);
    }
  });

  it("shows HTML and script in article text literally and runs nothing", async () => {
    await newPage();
    await page.addInitScript(() => {
      (window as unknown as { alert: (m: string) => void }).alert = (m: string) => {
        (window as unknown as { __alerted: string[] }).__alerted ??= [];
        (window as unknown as { __alerted: string[] }).__alerted.push(String(m));
      };
    });
    await openExplorer(page, `${server.url}?graph=fixtures/explorer-xss.json&node=evil-corp`);
    const panel = page.getByRole("complementary", { name: "Details" });
    await expect
      .poll(() => panel.locator(".evidence-sentence").first().textContent())
      .toContain("<img src=x onerror=alert(1)>");
    await panel.locator(".evidence-sentence").first().click();
    const text = page.getByTestId("article-text");
    await expect.poll(() => text.textContent()).toContain("<img src=x onerror=alert(1)>");
    expect(await text.textContent()).toContain("<script>alert(2)</script>");
    expect(await page.locator("#reader-title").textContent()).toContain("<img src=x onerror=alert(3)>");
    expect(await page.locator(".reader img, .reader script, .details img").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    // The node whose label is a script tag is searchable and shown as text.
    await page.getByRole("searchbox", { name: "Search" }).fill("script");
    await expect
      .poll(() => page.getByRole("option").first().textContent())
      .toContain("<script>alert(5)</script>");
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __alerted?: string[] }).__alerted ?? []),
    ).toEqual([]);
  });

  it("is usable in a narrow window and in the dark scheme, with named controls and a focus ring", async () => {
    await newPage({ width: 420, height: 800, dark: true });
    await openExplorer(page, `${server.url}?node=whatsapp`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    expect((await drawnPixels(page, ".graph-canvas")).changed).toBeGreaterThan(0.005);
    await page.getByRole("button", { name: "Filters" }).click();
    await expect.poll(() => page.getByRole("complementary", { name: "Filters" }).isVisible()).toBe(true);
    // Every control has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, [role=button], [role=option]")]
        .filter((el) => {
          const label =
            el.getAttribute("aria-label") ||
            el.textContent?.trim() ||
            (el instanceof HTMLInputElement && (el.labels?.[0]?.textContent?.trim() || el.placeholder));
          return !label;
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    // Keyboard focus is visible.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe("none");
  });
});
