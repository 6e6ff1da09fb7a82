// PNG from the command line: headless Chromium draws the snapshot's SVG at 1× or 2× (playwright-core, the
// system Chromium; no network: every request is refused).
import { existsSync } from "node:fs";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) {
    throw new Error(
      "PNG export needs Chromium: install it (apt-get install chromium) or set CHROMIUM to its path; SVG needs nothing",
    );
  }
  return found;
}

export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: 1 | 2,
): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.route("**/*", (route) => route.abort());
    const body = svg.replace(/^<\?xml[^>]*>\s*/, "");
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${body}</body></html>`,
    );
    return await page.screenshot({ type: "png", clip: { x: 0, y: 0, width, height } });
  } finally {
    await browser.close();
  }
}
