// Explorer benchmark (run: npx tsx bench/explorer.ts, or from `npm run bench`): in headless Chromium with
// software WebGL, on synthetic graphs of 1k, 10k and 50k nodes with 4× as many edges, the time to first
// render and to apply a filter (hide one action) in the explorer, and the same graph in a bare sigma page
// in the same run as the reference; then, in the explorer, how long a hover, a search (suggestions, then
// choosing one) and a focus take, and whether the large-graph mode (app/sigma/scale.ts) was on.
// Prints numbers; asserts nothing.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  ROOT,
  buildSite,
  chromiumStatus,
  launchChromium,
  removeDir,
  serveSite,
} from "../tests/e2e/harness.ts";
import { syntheticGraph } from "../tests/e2e/synthetic.ts";
import type { Page } from "playwright-core";

const run = promisify(execFile);

/** Page-side: waits for the GPU to finish what was queued (reading a pixel back stalls until then). */
const GPU_DONE_FUNCTION = `function () {
  for (const canvas of document.querySelectorAll("canvas")) {
    const gl = canvas.getContext("webgl2") || canvas.getContext("webgl");
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
  return performance.now();
}`;

/**
 * Installed before the explorer loads: the moment it reports sigma's first render (window.__newsgraph gets
 * renderedAt), stall until the GPU has drawn it and note the time, in the same task, so later work on the
 * main thread (React mounting the panels) does not count. SwiftShader draws off the main thread, so without
 * this a "render" would only be the time to queue the work.
 */
const APP_INIT = `(() => {
  const gpuDone = ${GPU_DONE_FUNCTION};
  let hook;
  Object.defineProperty(window, "__newsgraph", {
    configurable: true,
    get: () => hook,
    set: (value) => {
      hook = value;
      if (value && value.renderedAt && !value.drawnAt) value.drawnAt = gpuDone();
    },
  });
  window.__gpuDone = gpuDone;
})()`;

/** Milliseconds: "queued" when the main thread is done (sigma's render returned), "drawn" once the GPU is. */
interface Measure {
  firstRenderQueued: number;
  firstRenderDrawn: number;
  filterQueued: number;
  filterDrawn: number;
  /** Main-thread work the filter left for later (long tasks, ≥ 50 ms, in the second after the click). */
  filterLater?: number;
}

/** Milliseconds from the input event (its timeStamp) until sigma's render returned / the GPU finished. */
interface Latency {
  queued: number;
  drawn: number;
}

interface Interactions {
  largeGraph: boolean;
  hover: Latency;
  /** Typing a name until its suggestions are listed. */
  suggest: Latency;
  /** Enter on a suggestion until the node is drawn selected. */
  select: Latency;
  /** Enter on a suggestion of the focus box until only its neighbourhood is drawn. */
  focus: Latency;
}

export async function runExplorerBench(
  sizes: readonly number[] = [1_000, 10_000, 50_000],
  runs = 3,
): Promise<void> {
  const status = chromiumStatus();
  if (!status.available) {
    console.log(`explorer bench skipped: ${status.message}`);
    return;
  }
  const data = mkdtempSync(join(tmpdir(), "newsgraph-bench-data-"));
  let site: string | undefined;
  try {
    site = await buildSite();
    await run(
      join(ROOT, "node_modules", ".bin", "vite"),
      [
        "build",
        "bench/explorer-bare",
        "--base",
        "./",
        "--outDir",
        join(site, "bare-sigma"),
        "--emptyOutDir",
        "--logLevel",
        "error",
      ],
      { cwd: ROOT },
    );
    const server = await serveSite(site, join(data, "none.json"), data);
    const results: {
      nodes: number;
      edges: number;
      app: Measure[];
      bare: Measure[];
      interactions?: Interactions;
    }[] = [];
    console.log(
      `explorer bench: headless Chromium, software WebGL (SwiftShader), 1280×720, median of ${runs} runs, ms.\n` +
        `"queued": main thread done (sigma's render returned); "drawn": the GPU finished the frame (pixels read back).\n` +
        `Filter = hide the action "blocks" (legend click in the explorer; reducers + refresh in bare sigma).`,
    );
    for (const order of sizes) {
      const file = `synthetic-${order}.json`;
      writeFileSync(join(data, file), JSON.stringify(syntheticGraph(order, order * 4, order)));
      const row: (typeof results)[number] = { nodes: order, edges: order * 4, app: [], bare: [] };
      for (let i = 0; i < runs; i++) {
        // Alternate which page goes first, so a drift in the machine's load favours neither.
        const bare = () => measureBare(`${server.url}bare-sigma/index.html?graph=/data/${file}`);
        const app = async () => {
          const { measure, interactions } = await measureApp(`${server.url}?graph=/data/${file}`, i === 0);
          row.interactions ??= interactions;
          return measure;
        };
        if (i % 2 === 0) {
          row.bare.push(await bare());
          row.app.push(await app());
        } else {
          row.app.push(await app());
          row.bare.push(await bare());
        }
      }
      results.push(row);
      const median = (values: number[]) =>
        [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)]!;
      const show = (key: Exclude<keyof Measure, "filterLater">) => {
        const app = median(row.app.map((m) => m[key]));
        const bare = median(row.bare.map((m) => m[key]));
        return `${app.toFixed(0)} / ${bare.toFixed(0)} (×${(app / bare).toFixed(2)})`;
      };
      console.log(
        `${String(order).padStart(6)} nodes ${String(order * 4).padStart(7)} edges | explorer / bare sigma: ` +
          `first render queued ${show("firstRenderQueued")}, drawn ${show("firstRenderDrawn")} | ` +
          `filter queued ${show("filterQueued")}, drawn ${show("filterDrawn")}`,
      );
      const later = median(row.app.map((m) => m.filterLater ?? 0));
      const it = row.interactions;
      const ms = (l: Latency) => `${l.queued.toFixed(0)} (drawn ${l.drawn.toFixed(0)})`;
      console.log(
        `${" ".repeat(30)}| explorer: filter's later main-thread work ${later.toFixed(0)}` +
          (it
            ? ` | large-graph mode ${it.largeGraph ? "on" : "off"}; hover ${ms(it.hover)}, search suggestions ` +
              `${ms(it.suggest)}, select ${ms(it.select)}, focus ${ms(it.focus)}`
            : ""),
      );
    }
    await server.close();
    mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
    writeFileSync(join(ROOT, "bench", "out", "explorer.json"), JSON.stringify(results, null, 1) + "\n");
  } finally {
    removeDir(site);
    removeDir(data);
  }
}

// Page-side code is passed as strings: it runs in the browser, untouched by the TypeScript transform.

async function measureBare(url: string): Promise<Measure> {
  // A fresh browser per measurement: WebGL contexts of closed pages linger in the GPU process and slow
  // the next page down, which would favour whichever page is measured first.
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.goto(url);
    await page.waitForFunction("window.__bare && (window.__bare.drawnAt || window.__bare.error)", null, {
      timeout: 180_000,
    });
    const [firstRenderQueued, firstRenderDrawn] = (await page.evaluate(
      "[window.__bare.renderedAt, window.__bare.drawnAt]",
    )) as [number, number];
    if (process.env.BENCH_MARKS) console.log("bare", await page.evaluate("JSON.stringify(window.__bare)"));
    await page.waitForTimeout(300);
    const [filterQueued, filterDrawn] = (await page.evaluate('window.__bare.hideAction("blocks")')) as [
      number,
      number,
    ];
    return { firstRenderQueued, firstRenderDrawn, filterQueued, filterDrawn };
  } finally {
    await browser.close();
  }
}

async function measureApp(
  url: string,
  interact: boolean,
): Promise<{ measure: Measure; interactions?: Interactions }> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.addInitScript(APP_INIT);
    await page.goto(url);
    await page.waitForFunction(
      "window.__newsgraph && (window.__newsgraph.drawnAt || window.__newsgraph.error)",
      null,
      {
        timeout: 180_000,
      },
    );
    const [firstRenderQueued, firstRenderDrawn] = (await page.evaluate(
      "[window.__newsgraph.renderedAt, window.__newsgraph.drawnAt]",
    )) as [number, number];
    if (process.env.BENCH_MARKS) {
      console.log(
        "app",
        await page.evaluate(
          "JSON.stringify({ ...window.__newsgraph.marks, rendered: window.__newsgraph.renderedAt })",
        ),
      );
    }
    // Let React finish mounting the panels before timing the filter.
    await page.waitForSelector("button.legend-toggle");
    await page.waitForTimeout(300);
    const [filterQueued, filterDrawn, filterLater] = (await page.evaluate(`(async () => {
      const sigma = window.__newsgraph.sigma;
      const button = [...document.querySelectorAll("button.legend-toggle")].find((b) =>
        b.textContent.startsWith("blocks"),
      );
      let later = 0;
      let clickDone = Infinity;
      const observer = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) if (task.startTime >= clickDone) later += task.duration;
      });
      observer.observe({ type: "longtask" });
      const start = performance.now();
      const rendered = new Promise((resolve) =>
        sigma.once("afterRender", () => {
          const queued = performance.now() - start;
          resolve([queued, window.__gpuDone() - start]);
        }),
      );
      button.click();
      const [queued, drawn] = await rendered;
      clickDone = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      observer.disconnect();
      return [queued, drawn, later];
    })()`)) as [number, number, number];
    const measure = { firstRenderQueued, firstRenderDrawn, filterQueued, filterDrawn, filterLater };
    return { measure, interactions: interact ? await measureInteractions(page) : undefined };
  } finally {
    await browser.close();
  }
}

/**
 * Page-side helpers: the time of the last input event (its timeStamp, when the browser received it) and a
 * promise of the first sigma render after which `done()` holds.
 */
const INTERACTION_HELPERS = `(() => {
  for (const type of ["mousemove", "keydown", "input"])
    document.addEventListener(type, (event) => (window.__inputAt = event.timeStamp), { capture: true });
  window.__afterRender = (done) =>
    new Promise((resolve) => {
      const sigma = window.__newsgraph.sigma;
      const check = () => {
        if (!done()) return;
        sigma.off("afterRender", check);
        const queued = performance.now() - window.__inputAt;
        resolve({ queued, drawn: window.__gpuDone() - window.__inputAt });
      };
      sigma.on("afterRender", check);
    });
  window.__listed = (text) =>
    new Promise((resolve) => {
      const listed = () =>
        [...document.querySelectorAll('[role="option"]')].some((option) => option.textContent.includes(text));
      const finish = () => {
        const queued = performance.now() - window.__inputAt;
        resolve({ queued, drawn: queued });
      };
      if (listed()) return finish();
      const observer = new MutationObserver(() => {
        if (!listed()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
})()`;

/** A hover, a search and a focus, each timed from its input event until sigma has drawn the result. */
async function measureInteractions(page: Page): Promise<Interactions> {
  const waitFor = async (what: string): Promise<Latency> =>
    (await Promise.race([
      page.evaluate(`window.${what}`),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`bench: ${what} never came`)), 60_000)),
    ])) as Latency;
  await page.evaluate(INTERACTION_HELPERS);
  // Filters off again (the filter measurement hid an action), and the page quiet.
  await page.evaluate(`[...document.querySelectorAll("button.legend-toggle")]
    .find((b) => b.textContent.startsWith("blocks")).click()`);
  await page.waitForTimeout(2_000);
  const largeGraph = (await page.evaluate("!!window.__newsgraph.largeGraph")) as boolean;

  // Hover: the biggest node in the middle of the canvas, clear of the notes over its top.
  const target = (await page.evaluate(`(() => {
    const sigma = window.__newsgraph.sigma;
    const rect = sigma.getContainer().getBoundingClientRect();
    let best = null;
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      if (x < rect.width * 0.25 || x > rect.width * 0.75 || y < rect.height * 0.25 || y > rect.height * 0.75) return;
      if (!best || data.size > best.size) best = { node, size: data.size, x: rect.left + x, y: rect.top + y };
    });
    return best;
  })()`)) as { node: string; x: number; y: number };
  await page.mouse.move(target.x - 40, target.y - 40);
  await page.waitForTimeout(300);
  await page.evaluate(`void (window.__hovered = new Promise((resolve) =>
    window.__newsgraph.sigma.once("enterNode", () => {
      const queued = performance.now() - window.__inputAt;
      resolve({ queued, drawn: window.__gpuDone() - window.__inputAt });
    })))`);
  await page.mouse.move(target.x, target.y);
  const hover = await waitFor("__hovered");
  await page.mouse.move(5, 5);
  await page.waitForTimeout(500);

  // Search: a label, its suggestions, then Enter selects it.
  const label = (await page.evaluate(
    `window.__newsgraph.graph.getNodeAttribute(${JSON.stringify(target.node)}, "label")`,
  )) as string;
  const search = page.getByRole("searchbox", { name: "Search", exact: true });
  await search.focus({ timeout: 120_000 });
  await page.evaluate(`void (window.__pending = window.__listed(${JSON.stringify(label)}))`);
  await search.fill(label, { timeout: 120_000 });
  const suggest = await waitFor("__pending");
  await page.evaluate(`void (window.__pending = window.__afterRender(() =>
    window.__newsgraph.sigma.getNodeDisplayData(${JSON.stringify(target.node)})?.highlighted === true))`);
  await search.press("Enter", { timeout: 120_000 });
  const select = await waitFor("__pending");
  await page.waitForTimeout(1_500);

  // Focus: the same node in the focus box; only its neighbourhood stays. (A large graph keeps the page busy
  // for a while after a selection, as the camera flies: the generous timeouts are for that, on a busy machine.)
  const focusBox = page.getByRole("searchbox", { name: "Add actor or platform to focus" });
  await focusBox.focus({ timeout: 120_000 });
  await page.evaluate(`void (window.__pending = window.__listed(${JSON.stringify(label)}))`);
  await focusBox.fill(label, { timeout: 120_000 });
  await waitFor("__pending");
  await page.evaluate(`void (window.__pending = window.__afterRender(() =>
    window.__newsgraph.visible.nodes < window.__newsgraph.graph.order))`);
  await focusBox.press("Enter", { timeout: 120_000 });
  const focus = await waitFor("__pending");
  return { largeGraph, hover, suggest, select, focus };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await runExplorerBench(sizes.length > 0 ? sizes : undefined);
}
