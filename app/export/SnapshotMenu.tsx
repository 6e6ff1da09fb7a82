// The explorer's Export and Import menus: snapshots of the view or of the whole graph (PNG, SVG, GEXF,
// GraphML, graph JSON, CSV, standalone HTML), opening a graph file, and adding articles by paste, file
// picker or drag and drop anywhere on the page.
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { snapshotFileName, type ExportFormat } from "../../graph/export/filename.ts";
import type { ExportScope } from "../../graph/export/view.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { useTheme } from "../appearance/theme.ts";
import {
  addArticles,
  articleInputsOfFiles,
  isGraphFile,
  openGraphFile,
  pastedArticle,
  type Outcome,
} from "../import/actions.ts";
import { isStandalone } from "../import/embedded.ts";
import { notify } from "../notices/store.ts";
import type { UpdateView } from "../state/useViewState.ts";
import { saveSnapshot } from "./snapshot.ts";
import { useFileDrop } from "./useFileDrop.ts";
import "./snapshots.css";

type Menu = "export" | "import" | null;

let pastedCount = 0;

export function SnapshotMenu(props: {
  graph: NewsGraph;
  view: ViewState;
  visibility: Visibility;
  /** Not used since notices moved to the strip (app/notices), which opens the reader itself. */
  update: UpdateView;
}) {
  const { graph, view, visibility } = props;
  const theme = useTheme();
  const [menu, setMenu] = useState<Menu>(null);
  const [scope, setScope] = useState<ExportScope>("view");
  const [legend, setLegend] = useState(true);
  const [caption, setCaption] = useState(true);
  const [pasted, setPasted] = useState("");
  // What is being done, shown small beside the buttons; what it did goes to the notice strip (app/notices).
  const [busy, setBusy] = useState<string | null>(null);
  // The running build of added articles, which the Cancel button beside the spinner stops.
  const [building, setBuilding] = useState<AbortController | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const graphInput = useRef<HTMLInputElement>(null);
  const articleInput = useRef<HTMLInputElement>(null);
  const standalone = isStandalone();

  const filtered = visibility.nodes.size !== graph.order || visibility.edges.size !== graph.size;
  const effectiveScope: ExportScope = filtered ? scope : "graph";

  // Close on Escape or a click outside.
  useEffect(() => {
    if (!menu) return;
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setMenu(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setMenu(null);
    };
    window.addEventListener("mousedown", onDown);
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("mousedown", onDown);
      window.removeEventListener("keydown", onKey);
    };
  }, [menu]);

  // `tellSuccess` is false for imports: a successful one has posted its notice already (app/import's
  // setGraph), and remounts the explorer. Failures always get one, and stay until dismissed.
  const run = useCallback(async (busyMessage: string, tellSuccess: boolean, task: () => Promise<Outcome>) => {
    setBusy(busyMessage);
    try {
      const outcome = await task();
      if (!outcome.ok || tellSuccess)
        notify({
          kind: outcome.ok || outcome.cancelled ? "info" : "error",
          message: outcome.message,
          article: outcome.article,
        });
    } catch (error) {
      notify({ kind: "error", message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  }, []);

  const exportAs = (format: ExportFormat, scale: 1 | 2 = 1) => {
    setMenu(null);
    void run(`Preparing the ${format.toUpperCase()} snapshot…`, true, () =>
      saveSnapshot({
        graph,
        view,
        scope: effectiveScope,
        filtered,
        format,
        scale,
        legend,
        caption,
        colors: {
          background: theme.panel,
          text: theme.text,
          muted: theme.scheme === "dark" ? "#a1abbb" : "#5d6778",
        },
      }),
    );
  };

  const openGraph = (file: File) => {
    setMenu(null);
    void run(`Opening ${file.name}…`, false, () => openGraphFile(file));
  };

  const addFiles = (files: File[], text?: string) => {
    setMenu(null);
    const label =
      text !== undefined
        ? "the pasted article"
        : files.length === 1
          ? files[0]!.name
          : `${files.length} articles`;
    const controller = new AbortController();
    setBuilding(controller);
    void run(`Reading ${label}: finding actors, platforms and relations…`, false, async () => {
      try {
        const { inputs, problems } = await articleInputsOfFiles(files);
        if (text !== undefined) inputs.push(pastedArticle(text, ++pastedCount));
        const outcome = await addArticles(graph, inputs, problems, controller.signal);
        if (outcome.ok && text !== undefined) setPasted("");
        return outcome;
      } finally {
        setBuilding((current) => (current === controller ? null : current));
      }
    });
  };

  const onDropFiles = async (files: File[]) => {
    if (files.length === 0) return;
    const graphFiles: File[] = [];
    const articles: File[] = [];
    for (const file of files) ((await isGraphFile(file)) ? graphFiles : articles).push(file);
    if (graphFiles.length > 0) {
      if (graphFiles.length > 1 || articles.length > 0) {
        notify({ kind: "error", message: "Drop one graph file at a time, or only articles." });
        return;
      }
      openGraph(graphFiles[0]!);
    } else if (standalone) {
      notify({
        kind: "error",
        message: "This snapshot cannot add articles; open it in the Newsgraph explorer.",
      });
    } else addFiles(articles);
  };

  // Drag and drop anywhere on the page.
  const dragging = useFileDrop((files) => void onDropFiles(files));

  const counts = (nodes: number, edges: number) => `${nodes} nodes · ${edges} edges`;

  return (
    <div className="snapshots" ref={root}>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={menu === "export"}
        onClick={() => setMenu((m) => (m === "export" ? null : "export"))}
        disabled={!!busy}
      >
        Export
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={menu === "import"}
        onClick={() => setMenu((m) => (m === "import" ? null : "import"))}
        disabled={!!busy}
      >
        Import
      </button>
      {busy && (
        <span className="snapshot-busy" role="status" title={busy} data-testid="snapshot-busy">
          <span className="spinner" aria-hidden="true" />
          <span className="snapshot-busy-text">{busy}</span>
        </span>
      )}
      {busy && building && (
        <button
          type="button"
          className="snapshot-cancel"
          aria-label="Cancel adding articles"
          onClick={() => building.abort()}
        >
          Cancel
        </button>
      )}

      {menu === "export" && (
        <div className="snapshot-popover" role="dialog" aria-label="Export">
          <fieldset className="snapshot-scope">
            <legend>Export</legend>
            <label>
              <input
                type="radio"
                name="snapshot-scope"
                checked={effectiveScope === "view"}
                disabled={!filtered}
                onChange={() => setScope("view")}
              />
              <span>
                Current view <small>{counts(visibility.nodes.size, visibility.edges.size)}</small>
              </span>
            </label>
            <label>
              <input
                type="radio"
                name="snapshot-scope"
                checked={effectiveScope === "graph"}
                onChange={() => setScope("graph")}
              />
              <span>
                Whole graph <small>{counts(graph.order, graph.size)}</small>
              </span>
            </label>
          </fieldset>
          <Section title="Image">
            <div className="snapshot-row">
              <button type="button" onClick={() => exportAs("png", 1)}>
                PNG 1×
              </button>
              <button type="button" onClick={() => exportAs("png", 2)}>
                PNG 2×
              </button>
              <button type="button" onClick={() => exportAs("svg")}>
                SVG
              </button>
            </div>
            <div className="snapshot-row snapshot-options">
              <label>
                <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />{" "}
                Legend
              </label>
              <label>
                <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />{" "}
                Caption
              </label>
            </div>
          </Section>
          <Section title="Data">
            <div className="snapshot-grid">
              <FormatButton onClick={() => exportAs("gexf")} name="GEXF" hint="Gephi" />
              <FormatButton onClick={() => exportAs("graphml")} name="GraphML" hint="yEd, Cytoscape" />
              <FormatButton onClick={() => exportAs("json")} name="Graph JSON" hint="Newsgraph" />
              <FormatButton onClick={() => exportAs("csv")} name="CSV" hint="nodes, edges (zip)" />
            </div>
          </Section>
          <Section title="Share">
            <FormatButton
              onClick={() => exportAs("html")}
              name="Standalone HTML"
              hint="one file, opens offline with search and filters"
            />
          </Section>
          <p className="snapshot-filename">
            Saved as{" "}
            <code>
              {snapshotFileName(
                graph,
                effectiveScope === "view" ? view : null,
                effectiveScope,
                "png",
                new Date(),
              ).replace(/\.png$/, ".png, .svg, …")}
            </code>
          </p>
        </div>
      )}

      {menu === "import" && (
        <div className="snapshot-popover" role="dialog" aria-label="Import">
          <Section title="Open a graph">
            <p className="snapshot-hint">Replaces the current graph: graph JSON, GEXF or GraphML.</p>
            <button type="button" onClick={() => graphInput.current?.click()}>
              Choose a graph file…
            </button>
          </Section>
          {!standalone && (
            <Section title="Add articles">
              <label className="snapshot-hint" htmlFor="snapshot-paste">
                Paste an article (first line = headline). New actors, platforms and relations join the graph.
              </label>
              <textarea
                id="snapshot-paste"
                rows={6}
                value={pasted}
                placeholder="Headline&#10;&#10;Article text…"
                onChange={(e) => setPasted(e.target.value)}
              />
              <div className="snapshot-row">
                <button
                  type="button"
                  className="primary"
                  disabled={pasted.trim() === ""}
                  onClick={() => addFiles([], pasted)}
                >
                  Add article
                </button>
                <button type="button" onClick={() => articleInput.current?.click()}>
                  Choose files…
                </button>
              </div>
              <p className="snapshot-hint">Or drop .txt, .md or .html files anywhere on the page.</p>
            </Section>
          )}
        </div>
      )}

      <input
        ref={graphInput}
        type="file"
        hidden
        accept=".json,.gexf,.graphml,.xml,application/json"
        aria-label="Graph file to open"
        data-testid="open-graph-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) openGraph(file);
        }}
      />
      <input
        ref={articleInput}
        type="file"
        hidden
        multiple
        accept=".txt,.md,.html,.htm"
        aria-label="Article files to add"
        data-testid="add-article-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          if (files.length > 0) addFiles(files);
        }}
      />

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>
            <strong>Drop to import</strong>
            <span>a graph file (.json, .gexf, .graphml) replaces the graph</span>
            {!standalone && <span>articles (.txt, .md, .html) are added to it</span>}
          </div>
        </div>
      )}
    </div>
  );
}

function Section(props: { title: string; children: ReactNode }) {
  return (
    <section className="snapshot-section">
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

function FormatButton(props: { name: string; hint: string; onClick: () => void }) {
  return (
    <button type="button" className="snapshot-format" onClick={props.onClick}>
      <strong>{props.name}</strong>
      <small>{props.hint}</small>
    </button>
  );
}
