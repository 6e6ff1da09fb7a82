// The standalone HTML snapshot from the command line: the explorer built by Vite as one bundle (no code
// splitting, assets inlined), its JS and CSS inlined with the graph into one file (graph/export/standalone.ts).
// The build is cached per source version in node_modules/.cache/newsgraph-standalone, so it runs once.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Plugin } from "vite";
import {
  isStandaloneAssets,
  STANDALONE_ASSETS_PATH,
  standaloneHtml,
  type StandaloneAssets,
} from "../export/standalone.ts";
import { writeFileAtomic } from "../write.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CACHE = path.join(ROOT, "node_modules", ".cache", "newsgraph-standalone");

type Assets = StandaloneAssets;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/** A hash of everything the explorer bundle is made of. */
function sourceVersion(): string {
  const hash = createHash("sha256");
  const files = [
    ...listFiles(path.join(ROOT, "app")),
    ...listFiles(path.join(ROOT, "graph")),
    ...["index.html", "vite.config.ts", "package-lock.json"].map((f) => path.join(ROOT, f)),
  ];
  for (const file of files) {
    if (!existsSync(file)) continue;
    hash.update(path.relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

/** Builds the explorer into a temporary folder and reads back its entry script and style sheets. */
export async function buildStandaloneAssets(): Promise<Assets> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(path.join(tmpdir(), "newsgraph-standalone-"));
  try {
    await build({
      root: ROOT,
      configFile: path.join(ROOT, "vite.config.ts"),
      base: "./",
      logLevel: "error",
      build: {
        outDir,
        emptyOutDir: true,
        assetsInlineLimit: Number.MAX_SAFE_INTEGER,
        cssCodeSplit: false,
        modulePreload: false,
        copyPublicDir: false,
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });
    const html = readFileSync(path.join(outDir, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g)].map((m) =>
      readFileSync(path.join(outDir, m[1]!), "utf8"),
    );
    const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)].map((m) =>
      readFileSync(path.join(outDir, m[1]!), "utf8"),
    );
    if (scripts.length === 0) throw new Error("the explorer build produced no script");
    return { scripts, styles };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export interface AssetCacheOptions {
  /** Where the built explorer is kept, one file per source version. */
  cacheDir?: string;
  /** How to build it when the cache has no good copy. */
  build?: () => Promise<Assets>;
}

/**
 * The built explorer, from the cache when it holds a good copy for this source version. A copy that does
 * not parse or lacks the script (a write cut short, a full disk) is rebuilt, not trusted: it made every
 * later export fail. Written atomically, so a cut-short write leaves no copy at all.
 */
export async function standaloneAssets(options: AssetCacheOptions = {}): Promise<Assets> {
  const cacheDir = options.cacheDir ?? CACHE;
  const file = standaloneCacheFile(cacheDir);
  const cached = readCachedAssets(file);
  if (cached) return cached;
  const assets = await (options.build ?? buildStandaloneAssets)();
  await mkdir(cacheDir, { recursive: true });
  await writeFileAtomic(file, JSON.stringify(assets));
  return assets;
}

/** The cache file for the current source version. */
export const standaloneCacheFile = (cacheDir = CACHE): string =>
  path.join(cacheDir, `${sourceVersion()}.json`);

function readCachedAssets(file: string): Assets | null {
  try {
    const data: unknown = JSON.parse(readFileSync(file, "utf8"));
    return isStandaloneAssets(data) ? data : null;
  } catch {
    return null; // absent, unreadable or truncated
  }
}

export async function standaloneSnapshot(graphJson: string, viewQuery: string): Promise<string> {
  const assets = await standaloneAssets();
  return standaloneHtml({ title: "Newsgraph snapshot", ...assets, graphJson, viewQuery });
}

/**
 * For Vite's dev server (`npm start`): the page's standalone HTML export asks here for the built explorer,
 * since a dev server's modules cannot be inlined. Built once per source version, like the CLI's.
 */
export function standaloneAssetsPlugin(): Plugin {
  let pending: Promise<Assets> | null = null;
  return {
    name: "newsgraph-standalone-assets",
    configureServer(server) {
      server.middlewares.use(STANDALONE_ASSETS_PATH, (_request, response) => {
        pending ??= standaloneAssets().finally(() => (pending = null));
        pending.then(
          (assets) => {
            response.setHeader("Content-Type", "application/json; charset=utf-8");
            response.end(JSON.stringify(assets));
          },
          (error: unknown) => {
            response.statusCode = 500;
            response.setHeader("Content-Type", "text/plain; charset=utf-8");
            response.end(`the explorer could not be built for the snapshot: ${String(error)}`);
          },
        );
      });
    },
  };
}
