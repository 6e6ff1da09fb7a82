// Under `npm start`, the workspace is also written into the project through the server's local endpoint
// (scripts/workspace-endpoint.ts): added articles to sources/, the corrections to curation.json, so the next
// npm start builds them in. The page knows it is served so by the token in its HTML; elsewhere (a static
// site, a snapshot) there is no endpoint and nothing is sent.
import { serializeCuration } from "../../graph/curation/index.ts";
import { curationFile, onWorkspaceChange } from "../curation/store.ts";
import { notify } from "../notices/store.ts";
import { addedArticles, onArticlesChange } from "./articles.ts";

const ENDPOINT = "./__newsgraph/workspace";
const TOKEN_META = "newsgraph-workspace-token";

function token(): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content || null;
}

let written = new Set<string>();
let failed = false;
let queue: Promise<void> = Promise.resolve();
let pending = 0;

async function put(route: string, body: string, what: string): Promise<void> {
  const key = token();
  if (!key) return;
  try {
    const response = await fetch(`${ENDPOINT}/${route}`, {
      method: "PUT",
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Newsgraph-Token": key },
      body,
    });
    if (!response.ok) throw new Error(`${response.status} ${(await response.text()).slice(0, 200)}`);
    failed = false;
  } catch (error) {
    if (!failed) {
      failed = true;
      notify({
        kind: "error",
        message: `Could not write ${what} into the project: ${error instanceof Error ? error.message : String(error)}. It is still saved in this browser.`,
      });
    }
    throw error;
  }
}

/** Writes run one after another, in the order of the changes. */
function enqueue(write: () => Promise<void>): void {
  pending++;
  queue = queue
    .then(write)
    .catch(() => undefined)
    .finally(() => pending--);
}

/** Resolves once every write asked for so far is done (tests wait on it). */
export async function whenWritten(): Promise<void> {
  while (pending > 0) await queue;
}

export function startDiskSync(): void {
  if (!token()) return;
  // What the site's graph was built from is on disk already.
  written = new Set(addedArticles().map((a) => a.id));
  onArticlesChange(() => {
    for (const article of addedArticles()) {
      if (written.has(article.id)) continue;
      written.add(article.id);
      enqueue(() =>
        put(`sources/${encodeURIComponent(article.id)}`, article.text, `the article ${article.id}`),
      );
    }
  });
  onWorkspaceChange((what) => {
    if (what !== "curation") return;
    const text = serializeCuration(curationFile());
    enqueue(() => put("curation", text, "curation.json"));
  });
}
