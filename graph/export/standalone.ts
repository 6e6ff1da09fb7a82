// The standalone HTML snapshot: the built explorer (its JS and CSS inlined) and the graph JSON in one file
// that opens from disk with no network. The app reads the embedded graph (and view) instead of fetching one.

export const EMBEDDED_GRAPH_ID = "newsgraph-graph";
export const EMBEDDED_VIEW_ID = "newsgraph-view";
/** Where `npm start`'s dev server hands the page the built explorer for a standalone snapshot. */
export const STANDALONE_ASSETS_PATH = "/__newsgraph/standalone-assets";

/** JSON safe inside a <script> element: no "<" at all, so neither "</script" nor "<!--" can occur. */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Base64 of UTF-8 text, in Node and in browsers. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * A module script that runs `code` from a blob: the bundle travels as base64, so nothing in it (a
 * "</script" or "<!--" inside a string or a regular expression) can end or confuse the <script> element.
 */
export function moduleLoader(code: string): string {
  return (
    `const b=Uint8Array.from(atob("${base64Utf8(code)}"),(c)=>c.charCodeAt(0));` +
    `import(URL.createObjectURL(new Blob([b],{type:"text/javascript"})));`
  );
}

export function styleSafeCss(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}

/** The built explorer a snapshot inlines: its module scripts and style sheets, in order. */
export interface StandaloneAssets {
  scripts: string[];
  styles: string[];
}

/** Whether a cached or fetched value is a usable build: at least one script, every part text. */
export function isStandaloneAssets(value: unknown): value is StandaloneAssets {
  if (typeof value !== "object" || value === null) return false;
  const { scripts, styles } = value as Partial<Record<keyof StandaloneAssets, unknown>>;
  const texts = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === "string");
  return texts(scripts) && (scripts as unknown[]).length > 0 && texts(styles);
}

export interface StandaloneParts {
  title: string;
  /** Module scripts (the app bundle), in order. */
  scripts: readonly string[];
  styles: readonly string[];
  /** The graph JSON (graphology export). */
  graphJson: string;
  /** The view's query string (`focus=telegram&hideAction=owns`), applied when the file opens. */
  viewQuery?: string;
}

export function standaloneHtml(parts: StandaloneParts): string {
  const escapeText = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    '<meta name="color-scheme" content="light dark" />',
    // Nothing in this file may reach the network.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' blob:; worker-src blob:; style-src 'unsafe-inline'; img-src data: blob:; connect-src data: blob:" />`,
    `<title>${escapeText(parts.title)}</title>`,
    ...parts.styles.map((css) => `<style>${styleSafeCss(css)}</style>`),
    "</head>",
    "<body>",
    '<div id="root"><p class="boot">Loading the graph…</p></div>',
    `<script type="application/json" id="${EMBEDDED_GRAPH_ID}">${scriptSafeJson(parts.graphJson)}</script>`,
    `<script type="application/json" id="${EMBEDDED_VIEW_ID}">${scriptSafeJson(JSON.stringify(parts.viewQuery ?? ""))}</script>`,
    ...parts.scripts.map((code) => `<script type="module">${moduleLoader(code)}</script>`),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
