// Entry point: fetch the graph (./graph.json or ?graph=…), draw it at once with sigma into the page's
// skeleton (index.html), and meanwhile load the rest of the explorer (React, panels), which takes over.
import { applyEmbeddedView, embeddedGraphData } from "./import/embedded.ts";
import { setBase } from "./curation/store.ts";
import { currentGraphSlot } from "./import/graphStore.ts";
import { fetchGraph, graphFromJson, graphUrl } from "./load.ts";
import { startSigma } from "./sigma/preload.ts";
import { exposeTestHook, mark } from "./sigma/testHook.ts";
import { mountExplorer, showLoadError } from "./ui.tsx";
import { startAutosave, whenSaved } from "./workspace/autosave.ts";
import { startDiskSync, whenWritten } from "./workspace/disk.ts";
import { openWorkspace, readWorkspaceEarly } from "./workspace/restore.ts";
import "./styles.css";
import "./curation/curation.css";

mark("script");
// One bundle, not a chunk for React and the panels: a standalone snapshot inlines the page's own
// script, and a chunk loaded later could not be fetched from file://.
const url = graphUrl(window.location);

// A standalone snapshot carries its graph and view in the page (graph/export/standalone.ts).
const embedded = embeddedGraphData();
if (embedded) applyEmbeddedView();

// The saved workspace is read while the graph downloads (it may replace or correct that graph).
if (!embedded) readWorkspaceEarly();

(embedded ? Promise.resolve().then(() => graphFromJson(embedded)) : fetchGraph(url)).then(
  async (graph) => {
    // The graph lives in a store, so opening a file, adding articles or a correction can replace it. A
    // standalone snapshot is a document of its own: it keeps no workspace in the browser.
    // Its corrections are built in; listed in History (and downloadable) by applying them again, which
    // changes nothing.
    if (embedded)
      setBase(graph, {}, { operations: graph.getAttribute("curation")?.operations ?? [], quiet: true });
    else {
      await openWorkspace(graph);
      startAutosave();
      startDiskSync();
      exposeTestHook({ workspaceSaved: async () => (await whenSaved(), await whenWritten()) });
    }
    const shown = currentGraphSlot()!.graph;
    const stage = document.getElementById("boot-graph");
    if (stage) startSigma(shown, stage);
    mountExplorer();
  },
  (error: Error) => {
    exposeTestHook({ error: error.message });
    showLoadError(error.message);
  },
);
