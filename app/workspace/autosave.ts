// Saves the workspace in the browser as it changes (each part a moment after its last change), and tells
// the person when the browser refuses: a full disk or a quota is an error notice that stays, never a
// silent loss. The same changes go to the project's files when npm start serves the page (disk.ts).
import { currentCuration, currentPositions, onWorkspaceChange } from "../curation/store.ts";
import { notify } from "../notices/store.ts";
import { addedArticles, onArticlesChange } from "./articles.ts";
import { savePart, type SavedWorkspace } from "./db.ts";
import { onOpenedChange, openedGraph } from "./opened.ts";

const DELAY_MS = 300;
type Part = keyof SavedWorkspace;

const timers = new Map<Part, ReturnType<typeof setTimeout>>();
/** Parts whose last save failed: said once until a save of that part succeeds again. */
const failing = new Set<Part>();
let pending = 0;
const idleWaiters: (() => void)[] = [];

const WHAT: Record<Part, string> = {
  curation: "your corrections",
  articles: "the articles you added",
  opened: "the graph you opened",
  positions: "the layout",
};

function value<P extends Part>(part: P): SavedWorkspace[P] {
  const values: { [K in Part]: () => SavedWorkspace[K] } = {
    curation: () => [...currentCuration().operations],
    articles: () => [...addedArticles()],
    opened: () => openedGraph(),
    positions: () =>
      [...currentPositions()].map(([key, at]) => [key, at.x, at.y] as [string, number, number]),
  };
  return values[part]();
}

/** Why a save failed, in words: the browser's quota, or whatever else it said. */
export function saveProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "QuotaExceededError" || /quota/i.test(message))
    return `the browser's storage for this site is full (${name || "quota exceeded"}${message ? `: ${message}` : ""})`;
  return message || name || "the browser refused";
}

async function save(part: Part): Promise<void> {
  pending++;
  try {
    await savePart(part, value(part));
    failing.delete(part);
  } catch (error) {
    if (!failing.has(part)) {
      failing.add(part);
      notify({
        kind: "error",
        message: `Could not save ${WHAT[part]} in this browser: ${saveProblem(error)}. They are still here until you close the page; download the curation file (History → Download) to keep your corrections.`,
      });
    }
  } finally {
    pending--;
    if (pending === 0 && timers.size === 0) for (const done of idleWaiters.splice(0)) done();
  }
}

function schedule(part: Part): void {
  clearTimeout(timers.get(part));
  timers.set(
    part,
    setTimeout(() => {
      timers.delete(part);
      void save(part);
    }, DELAY_MS),
  );
}

/** Resolves once every change so far is written (tests wait on it through the test hook). */
export function whenSaved(): Promise<void> {
  if (pending === 0 && timers.size === 0) return Promise.resolve();
  return new Promise((done) => idleWaiters.push(done));
}

export function startAutosave(): void {
  onWorkspaceChange((what) => {
    if (what === "curation") schedule("curation");
    if (what === "positions") schedule("positions");
  });
  onArticlesChange(() => schedule("articles"));
  onOpenedChange(() => schedule("opened"));
}
