// Explorer benchmark (run: npx tsx bench/explorer.ts, or from `npm run bench`): in headless Chromium with
// software WebGL, on synthetic graphs of 1k, 10k and 50k nodes with 4× as many edges, the time to first
// render and to apply a filter (hide one action) in the explorer, and the same graph in a bare sigma page
// in the same run as the reference. Prints numbers; asserts nothing.
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
    const results: { nodes: number; edges: number; app: Measure[]; bare: Measure[] }[] = [];
    console.log(
      `explorer bench: headless Chromium, software WebGL (SwiftShader), 1280×720, median of ${runs} runs, ms.\n` +
        `"queued": main thread done (sigma's render returned); "drawn": the GPU finished the frame (pixels read back).\n` +
        `Filter = hide the action "blocks" (legend click in the explorer; reducers + refresh in bare sigma).`,
    );
    for (const order of sizes) {
      const file = `synthetic-${order}.json`;
      writeFileSync(join(data, file), JSON.stringify(syntheticGraph(order, order * 4, order)));
      const row = { nodes: order, edges: order * 4, app: [] as Measure[], bare: [] as Measure[] };
      for (let i = 0; i < runs; i++) {
        // Alternate which page goes first, so a drift in the machine's load favours neither.
        const bare = () => measureBare(`${server.url}bare-sigma/index.html?graph=/data/${file}`);
        const app = () => measureApp(`${server.url}?graph=/data/${file}`);
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
      const show = (key: keyof Measure) => {
        const app = median(row.app.map((m) => m[key]));
        const bare = median(row.bare.map((m) => m[key]));
        return `${app.toFixed(0)} / ${bare.toFixed(0)} (×${(app / bare).toFixed(2)})`;
      };
      console.log(
        `${String(order).padStart(6)} nodes ${String(order * 4).padStart(7)} edges | explorer / bare sigma: ` +
          `first render queued ${show("firstRenderQueued")}, drawn ${show("firstRenderDrawn")} | ` +
          `filter queued ${show("filterQueued")}, drawn ${show("filterDrawn")}`,
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

async function measureApp(url: string): Promise<Measure> {
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
    const [filterQueued, filterDrawn] = (await page.evaluate(`(async () => {
      const sigma = window.__newsgraph.sigma;
      const button = [...document.querySelectorAll("button.legend-toggle")].find((b) =>
        b.textContent.startsWith("blocks"),
      );
      const start = performance.now();
      const rendered = new Promise((resolve) =>
        sigma.once("afterRender", () => {
          const queued = performance.now() - start;
          resolve([queued, window.__gpuDone() - start]);
        }),
      );
      button.click();
      return rendered;
    })()`)) as [number, number];
    return { firstRenderQueued, firstRenderDrawn, filterQueued, filterDrawn };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await runExplorerBench(sizes.length > 0 ? sizes : undefined);
}
