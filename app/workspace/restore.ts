// Opening the workspace on a visit: the graph file opened last time (or the site's graph), the articles
// added then (built again, unless the site's graph has them now, as after npm start wrote them to
// sources/), the corrections and the layout. Runs before the explorer mounts, so a link that names an added
// article finds it. Any failure leaves the site's graph as it is and says why.
import { setBase, restorePositions } from "../curation/store.ts";
import { buildAndMerge } from "../import/actions.ts";
import { graphFromJson } from "../load.ts";
import { notify } from "../notices/store.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { recordArticles } from "./articles.ts";
import { saveProblem } from "./autosave.ts";
import { loadWorkspace, type SavedWorkspace } from "./db.ts";
import { rememberOpenedGraph } from "./opened.ts";

let reading: Promise<SavedWorkspace> | null = null;

/** Starts reading the saved workspace (IndexedDB), so that it is ready by the time the graph is. */
export function readWorkspaceEarly(): void {
  reading ??= loadWorkspace();
  // Failures are said when the workspace is opened.
  reading.catch(() => undefined);
}

async function saved(): Promise<SavedWorkspace | null> {
  try {
    const read = reading ?? loadWorkspace();
    reading = null;
    return await read;
  } catch (error) {
    notify({
      kind: "error",
      message: `The workspace saved in this browser could not be read: ${saveProblem(error)}. Showing the site's graph.`,
    });
    return null;
  }
}

export async function openWorkspace(siteGraph: NewsGraph): Promise<void> {
  const workspace = await saved();
  if (!workspace) return setBase(siteGraph);
  let base = siteGraph;
  if (workspace.opened) {
    try {
      base = graphFromJson(workspace.opened.graph);
      rememberOpenedGraph(workspace.opened.name, workspace.opened.graph, true);
    } catch (error) {
      notify({
        kind: "error",
        message: `The graph you opened last time could not be shown again: ${saveProblem(error)}.`,
      });
    }
  }
  recordArticles(workspace.articles, true);
  const present = new Set((base.getAttribute("articles") ?? []).map((a) => a.id));
  const missing = workspace.articles.filter((a) => !present.has(a.id));
  if (missing.length > 0) {
    const built = await buildAndMerge(base, missing);
    if (built.built) base = built.prepared;
    else
      notify({
        kind: "error",
        message: `The articles you added could not be built again: ${built.outcome.message}`,
      });
  }
  restorePositions(new Map(workspace.positions.map(([key, x, y]) => [key, { x, y }])));
  setBase(base, {}, { operations: workspace.curation, quiet: workspace.curation.length === 0 });
}
