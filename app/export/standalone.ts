// The standalone HTML snapshot from the running explorer: its own built script and styles, fetched back and
// inlined with the graph (graph/export/standalone.ts). The dev server's modules cannot be inlined: under
// `npm start` its server builds the explorer for the snapshot instead.
import { EMBEDDED_GRAPH_ID, STANDALONE_ASSETS_PATH, standaloneHtml } from "../../graph/export/standalone.ts";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read ${url} (HTTP ${response.status})`);
  return response.text();
}

/** The code inside one of our own standalone loaders (a snapshot exporting a snapshot). */
function loaderCode(text: string): string | null {
  const match = /atob\("([A-Za-z0-9+/=]+)"\)/.exec(text);
  if (!match) return null;
  const binary = atob(match[1]!);
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** The built explorer's code and styles from `npm start`'s dev server, or null where it cannot build them. */
async function devServerAssets(): Promise<{ scripts: string[]; styles: string[] } | null> {
  const response = await fetch(STANDALONE_ASSETS_PATH).catch(() => null);
  if (!response) return null;
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as { scripts: string[]; styles: string[] };
}

export async function standaloneSnapshot(graphJson: string, viewQuery: string): Promise<Blob> {
  // The dev server serves modules one by one (its client script gives it away): nothing to inline, but
  // `npm start`'s server builds the explorer for it (graph/cli/export-html.ts); plain `vite` does not.
  if (document.querySelector('script[src*="/@vite/client"]')) {
    const assets = await devServerAssets();
    if (!assets) {
      throw new Error(
        'A standalone HTML snapshot needs "npm start", the built explorer ("npm run build", then "npm run preview"), or the command line: npm run --silent graph -- export <graph.json> --format html --out snapshot.html',
      );
    }
    const html = standaloneHtml({ title: "Newsgraph snapshot", ...assets, graphJson, viewQuery });
    return new Blob([html], { type: "text/html;charset=utf-8" });
  }
  const scripts: string[] = [];
  for (const element of document.querySelectorAll<HTMLScriptElement>('script[type="module"]')) {
    if (element.src) scripts.push(await fetchText(element.src));
    else if (document.getElementById(EMBEDDED_GRAPH_ID)) {
      const code = loaderCode(element.textContent ?? "");
      if (code) scripts.push(code);
    }
  }
  if (scripts.length === 0) throw new Error("the explorer's script could not be found on this page");
  const styles: string[] = [];
  for (const element of document.querySelectorAll<HTMLLinkElement | HTMLStyleElement>(
    'link[rel="stylesheet"], style',
  )) {
    if (element instanceof HTMLLinkElement) styles.push(await fetchText(element.href));
    else styles.push(element.textContent ?? "");
  }
  const html = standaloneHtml({ title: "Newsgraph snapshot", scripts, styles, graphJson, viewQuery });
  return new Blob([html], { type: "text/html;charset=utf-8" });
}
