// A session in Chromium: opening another graph, adding articles one after the other, the notices they
// leave, a link whose parameters do not apply, the reader's header. Runs on the hand-made fixture graph so
// that it does not depend on what the extractor finds. Skipped when Chromium is missing, unless E2E=required.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  FIXTURES,
  buildSite,
  explorerPage,
  checkLabels,
  launchChromium,
  removeDir,
  serveSite,
  type StaticServer,
} from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("session in Chromium");

/** A three-node graph file, as another tool or another corpus would give. */
const BRAZIL = {
  options: { type: "directed", multi: true, allowSelfLoops: true },
  attributes: {
    articles: [{ id: "brazil.txt", title: "Brazil blocks X", words: 3, text: "Brazil blocks X." }],
  },
  nodes: [
    {
      key: "brazil",
      attributes: {
        label: "Brazilian government",
        kind: "actor",
        category: "government",
        x: 0,
        y: 0,
        size: 8,
      },
    },
    {
      key: "x",
      attributes: { label: "X", kind: "platform", category: "social network", x: 10, y: 5, size: 6 },
    },
    {
      key: "starlink",
      attributes: { label: "Starlink", kind: "platform", category: "service", x: 5, y: -8, size: 5 },
    },
  ],
  edges: [
    {
      key: "brazil|blocks|x",
      source: "brazil",
      target: "x",
      attributes: { action: "blocks", cameo: "1721", weight: 1, evidence: [] },
    },
    {
      key: "brazil|fines|starlink",
      source: "brazil",
      target: "starlink",
      attributes: { action: "fines", cameo: "1042", weight: 1, evidence: [] },
    },
  ],
};

describe.runIf(chromium)("a session in Chromium", () => {
  let site: string | undefined;
  let work: string | undefined;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "newsgraph-session-"));
    writeFileSync(join(work, "brazil.json"), JSON.stringify(BRAZIL));
    [site, browser] = await Promise.all([buildSite(), launchChromium()]);
    server = await serveSite(site, join(FIXTURES, "explorer-graph.json"), work);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeDir(site);
    removeDir(work);
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

  const search = () => new URLSearchParams(new URL(page.url()).search);

  /** An article of the fixture with an evidence span, for reader links. */
  const evidence = () =>
    page.evaluate(() => {
      const g = window.__newsgraph!.graph!;
      const all = g.mapEdges((_e, a) => a.evidence).flat();
      return all.sort((a, b) => b.start - a.start)[0]!;
    });

  it("opening another graph drops the old selection, article and camera, and frames the new graph", async () => {
    await open("?node=whatsapp&cam=0.2,0.3,0.4");
    const late = await evidence();
    await page.goto(
      `${server.url}?node=whatsapp&read=${encodeURIComponent(late.article)}&span=${late.start}-${late.end}&cam=0.2,0.3,0.4`,
    );
    await page.waitForSelector("[data-testid=article-text]");
    await page.getByTestId("open-graph-file").setInputFiles(join(work!, "brazil.json"));
    await expect.poll(() => page.evaluate(() => window.__newsgraph?.sigma?.getGraph().order)).toBe(3);
    expect([...search().keys()].filter((k) => ["node", "read", "span", "cam"].includes(k))).toEqual([]);
    expect(await page.getByText("This article is not in the graph").count()).toBe(0);
    expect(await page.getByRole("complementary", { name: "Article" }).count()).toBe(0);
    const camera = await page.evaluate(() => window.__newsgraph!.sigma!.getCamera().getState());
    expect([camera.x, camera.y, camera.ratio].map((v) => v.toFixed(2))).toEqual(["0.50", "0.50", "1.00"]);
    const labels = await checkLabels(page);
    expect(labels.cut).toEqual([]);
    expect(labels.overlaps).toEqual([]);
  });

  it("adding two articles in one session: no error, new nodes in free space, notices above the graph", async () => {
    await open();
    const articles = [
      "Pakistan blocks X\n\nPakistan's telecom authority blocked X on Saturday. The PTA also restricted Telegram.\n",
      "India bans TikTok and WeChat\n\nThe Indian government banned TikTok and WeChat on Monday, citing security.\n",
    ];
    for (const [i, text] of articles.entries()) {
      await page.getByRole("button", { name: "Import", exact: true }).click();
      await page.getByLabel(/Paste an article/).fill(text);
      await page.getByRole("button", { name: "Add article" }).click();
      await expect
        .poll(() => page.evaluate(() => window.__newsgraph?.graph?.getAttribute("articles").length), {
          timeout: 30_000,
        })
        .toBe(6 + i);
      await expect.poll(() => page.getByTestId("snapshot-notice").count()).toBe(i + 1);
    }
    // Every node's disc is clear of every other's: the new ones did not land on the old.
    const crowded = await page.evaluate(() => {
      const s = window.__newsgraph!.sigma!;
      const nodes = s.getGraph().mapNodes((key) => {
        const d = s.getNodeDisplayData(key)!;
        return {
          key,
          ...s.framedGraphToViewport(d),
          r: s.scaleSize(s.getGraph().getNodeAttribute(key, "size")),
        };
      });
      const pairs: string[] = [];
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) {
          const [a, b] = [nodes[i]!, nodes[j]!];
          if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) pairs.push(`${a.key}/${b.key}`);
        }
      return pairs;
    });
    expect(crowded).toEqual([]);
    // The notices stack above the canvas, never over it.
    const overlap = await page.evaluate(() => {
      const canvas = document.querySelector(".graph-canvas")!.getBoundingClientRect();
      return [...document.querySelectorAll("[data-testid=snapshot-notice]")].map((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.bottom > canvas.top && r.top < canvas.bottom && r.right > canvas.left && r.left < canvas.right
        );
      });
    });
    expect(overlap).toEqual([false, false]);
    await page.getByRole("button", { name: "Dismiss" }).first().click();
    await expect.poll(() => page.getByTestId("snapshot-notice").count()).toBe(1);
  });

  it("parameters of a link that do not apply are dropped from the URL and said once", async () => {
    await open("?focus=nobody&cam=oops&depth=9&node=telegram");
    expect(search().toString()).toBe("node=telegram");
    const notice = page.getByTestId("snapshot-notice");
    await expect.poll(() => notice.textContent()).toMatch(/focus=nobody/);
    expect(await notice.textContent()).toMatch(/cam=oops/);
    expect(await notice.textContent()).toMatch(/depth=9/);
    await page.reload();
    await page.waitForSelector("button.legend-toggle", { state: "attached" });
    expect(await page.getByTestId("snapshot-notice").count()).toBe(0);
  });

  it("the reader's header is compact and the highlighted sentence shows below it", async () => {
    await open();
    const late = await evidence();
    await page.goto(
      `${server.url}?read=${encodeURIComponent(late.article)}&span=${late.start}-${late.end}&node=whatsapp`,
    );
    await page.waitForSelector(".evidence-highlight");
    await expect
      .poll(() =>
        page.evaluate(() => {
          const head = document.querySelector(".reader-head")!.getBoundingClientRect();
          const mark = document.querySelector(".evidence-highlight")!.getBoundingClientRect();
          const panel = document.querySelector(".panel-scroll")!.getBoundingClientRect();
          return { head: head.height, below: mark.top >= head.bottom, inside: mark.bottom <= panel.bottom };
        }),
      )
      .toEqual({ head: expect.any(Number), below: true, inside: true });
    const head = await page.evaluate(
      () => document.querySelector(".reader-head")!.getBoundingClientRect().height,
    );
    expect(head).toBeLessThanOrEqual(90);
    expect(await page.locator("#reader-title").getAttribute("title")).toBeTruthy();
  });

  it("the article filter shows a shortened title in full under the pointer", async () => {
    await open();
    const names = page.locator(".check.article .check-name");
    const index = await names.evaluateAll((els) =>
      els.findIndex((el) => el.scrollWidth > el.clientWidth + 1),
    );
    expect(index).toBeGreaterThanOrEqual(0); // the fixture has titles too long for the sidebar
    const label = names.nth(index);
    const clipped = () => label.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    await label.scrollIntoViewIfNeeded();
    await label.hover();
    await expect.poll(clipped).toBe(false);
    expect(await label.getAttribute("title")).toBe(await label.textContent());
  });
});
