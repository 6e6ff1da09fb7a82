// Shared machinery for the explorer's browser tests and benchmark: find Chromium, build the static site
// once, serve it (with the graph under test as ./graph.json), launch pages and read what they draw.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { promisify } from "node:util";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

const run = promisify(execFile);

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Which graph the end-to-end tests explore: "builder" builds it from sources/ with the real builder
 * (`npm run graph -- build sources`), "fixture" uses the hand-made tests/fixtures/explorer-graph.json.
 * Switch here (or for one run with the environment variable E2E_GRAPH=fixture).
 */
const DEFAULT_E2E_GRAPH: "builder" | "fixture" = "builder";
export const E2E_GRAPH: "builder" | "fixture" =
  process.env.E2E_GRAPH === "fixture"
    ? "fixture"
    : process.env.E2E_GRAPH === "builder"
      ? "builder"
      : DEFAULT_E2E_GRAPH;

export const FIXTURES = join(ROOT, "tests", "fixtures");

/** Whether browser tests can run; with E2E=required a missing Chromium is a failure, not a skip. */
export function chromiumStatus(): { available: boolean; required: boolean; message: string } {
  const available = existsSync(CHROMIUM);
  const required = process.env.E2E === "required";
  const message = available
    ? ""
    : `Explorer browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium).` +
      (required ? " E2E=required, so this fails." : " Set E2E=required to make this a failure.");
  return { available, required, message };
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds the explorer with Vite into a fresh temporary folder and returns it. */
export async function buildSite(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "newsgraph-explorer-"));
  await run(
    join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"],
    {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return outDir;
}

/** The graph the explorer suites open: sources/ built by the real builder into `work`, or the fixture. */
export async function explorerGraphFile(work: string): Promise<string> {
  return E2E_GRAPH === "builder"
    ? await buildSourcesGraph(join(work, "graph.json"))
    : join(FIXTURES, "explorer-graph.json");
}

/** Builds the graph of sources/ with the real builder into `out`. */
export async function buildSourcesGraph(out: string): Promise<string> {
  await run("npx", ["tsx", "graph/cli.ts", "build", "sources", "--out", out], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return out;
}

/** Builds the graph of the folder `corpus` into `out`, without the cache. */
async function buildCorpusGraph(corpus: string, out: string): Promise<string> {
  await run("npx", ["tsx", "graph/cli.ts", "build", corpus, "--out", out, "--no-cache", "--quiet"], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `site` on a free port, like any static file server would, plus test data: `/graph.json` is
 * `graphFile`, `/fixtures/<name>` are the test fixtures and `/data/<name>` files of `dataDir`.
 */
export async function serveSite(site: string, graphFile: string, dataDir?: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file: string | null;
    if (path === "/graph.json") file = graphFile;
    else if (path.startsWith("/fixtures/")) file = inside(FIXTURES, path.slice("/fixtures/".length));
    else if (path.startsWith("/data/") && dataDir) file = inside(dataDir, path.slice("/data/".length));
    else file = inside(site, path === "/" ? "index.html" : path.slice(1));
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function inside(dir: string, relative: string): string | null {
  const full = normalize(join(dir, relative));
  return full.startsWith(dir) ? full : null;
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Opens the explorer and waits until sigma has drawn and the interface has mounted over it (the visible
 * counts are exposed once its controllers listen to sigma), or the app reported a load error.
 */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(
    () => (window.__newsgraph?.sigma && window.__newsgraph.visible) || window.__newsgraph?.error,
    null,
    { timeout: 60_000 },
  );
  const error = await page.evaluate(() => window.__newsgraph?.error);
  if (error) throw new Error(`The explorer could not load its graph: ${error}`);
}

/** A fresh context and page on the explorer at `url`, its errors watched, once the legend is there. */
export async function explorerPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 720 } },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openExplorer(page, url);
  await page.waitForSelector("button.legend-toggle", { state: "attached" });
  return { context, page, errors };
}

/** A served explorer with a browser, as one suite uses it. */
export interface ExplorerRig {
  server: StaticServer;
  browser: Browser;
  /** The graph the page opens, and the temporary folder served as /data/. */
  graphFile: string;
  work: string;
  /** Closes the browser and server and removes the temporary folders. */
  close: () => Promise<void>;
}

/**
 * Builds the site and the graph and launches Chromium at once; `name` names the temporary folder.
 * The graph is sources/ (or the fixture, as E2E_GRAPH says), or the folder `corpus` built afresh.
 */
export async function startExplorer(name: string, corpus?: string): Promise<ExplorerRig> {
  const work = mkdtempSync(join(tmpdir(), `newsgraph-${name}-`));
  const [graphFile, site, browser] = await Promise.all([
    corpus ? buildCorpusGraph(corpus, join(work, "graph.json")) : explorerGraphFile(work),
    buildSite(),
    launchChromium(),
  ]);
  const server = await serveSite(site, graphFile, work);
  return {
    server,
    browser,
    graphFile,
    work,
    close: async () => {
      await browser.close();
      await server.close();
      removeDir(site);
      removeDir(work);
    },
  };
}

/**
 * What a screenshot of `selector` shows: the share of pixels differing from the corner (background)
 * colour, and of strongly coloured pixels. Decoded by the browser itself (no PNG library needed).
 */
export async function drawnPixels(
  page: Page,
  selector: string,
): Promise<{ changed: number; colored: number }> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
    let changed = 0;
    let colored = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.abs(r - r0) + Math.abs(g - g0) + Math.abs(b - b0) > 30) changed++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) colored++;
    }
    const total = data.length / 4;
    return { changed: changed / total, colored: colored / total };
  }, png.toString("base64"));
}

export interface LabelCheck {
  /** Nodes sigma shows (not hidden by a filter). */
  visible: number;
  /** Node labels drawn in the last frame. */
  drawn: number;
  /** "a/b": label a over label b; "a>b": label a over node b (a node that has a label, not a dimmed one). */
  overlaps: string[];
  /** Drawn labels or visible nodes that reach out of the canvas. */
  cut: string[];
}

/**
 * What sigma drew, checked for overlaps: label boxes from sigma's own state (node positions on screen,
 * rendered sizes, the label font measured in the page), against each other and against the discs of
 * other labelled nodes. Labels drawn as the selected node's box (sigma's hover layer) sit further right.
 */
export function checkLabels(page: Page): Promise<LabelCheck> {
  return page.evaluate(() => {
    const { sigma, drawnLabels } = window.__newsgraph!;
    const s = sigma!;
    const settings = s.getSettings();
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, height } = s.getDimensions();
    const half = settings.labelSize / 2 - 0.5;
    const nodes = s
      .getGraph()
      .filterNodes((n) => !s.getNodeDisplayData(n)!.hidden)
      .map((key) => {
        const data = s.getNodeDisplayData(key)!;
        const { x, y } = s.framedGraphToViewport(data);
        return { key, x, y, r: s.scaleSize(data.size), label: data.label, highlighted: !!data.highlighted };
      });
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    const drawn = (drawnLabels ? drawnLabels() : [...s.getNodeDisplayedLabels()]).filter((k) => byKey.has(k));
    const boxes = drawn.map((key) => {
      const n = byKey.get(key)!;
      const left = n.highlighted ? n.x + Math.max(n.r, settings.labelSize / 2) + 7 : n.x + n.r + 4;
      return {
        key,
        left,
        right: left + context.measureText(n.label ?? "").width,
        top: n.y - half,
        bottom: n.y + half,
      };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          overlaps.push(`${a.key}/${b.key}`);
      }
      for (const n of nodes) {
        if (n.key === a.key || !n.label) continue;
        const nx = Math.max(a.left, Math.min(n.x, a.right));
        const ny = Math.max(a.top, Math.min(n.y, a.bottom));
        if ((n.x - nx) ** 2 + (n.y - ny) ** 2 < (n.r - 1) ** 2) overlaps.push(`${a.key}>${n.key}`);
      }
    }
    const cut = [
      ...boxes
        .filter((b) => b.left < 0 || b.right > width || b.top < 0 || b.bottom > height)
        .map((b) => `label ${b.key}`),
      ...nodes.filter((n) => n.x < 0 || n.x > width || n.y < 0 || n.y > height).map((n) => `node ${n.key}`),
    ];
    return { visible: nodes.length, drawn: drawn.length, overlaps, cut };
  });
}
