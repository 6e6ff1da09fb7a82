// The corrections of this workspace, newest first: what each did, when and by whom, whether it still
// applies to the graph (and why not), each revertible on its own; undo and redo; the curation file to
// download or open; the name corrections are signed with.
import { useRef, useState } from "react";
import { CurationError, parseCuration, serializeCuration } from "../../graph/curation/index.ts";
import { downloadBlob } from "../export/download.ts";
import { notify } from "../notices/store.ts";
import { currentAuthor, describeOperation, setAuthor } from "./operations.ts";
import { curationFile, redo, replaceOperations, revert, undo, useCuration } from "./store.ts";

const MAX_CURATION_BYTES = 16 * 1024 * 1024;

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function HistoryPanel(props: { builtIn: number; onClearWorkspace: () => void }) {
  const curation = useCuration();
  const [author, setAuthorName] = useState(currentAuthor);
  const fileInput = useRef<HTMLInputElement>(null);
  const operations = curation.operations.map((op, index) => ({
    op,
    index,
    outcome: curation.outcomes[index],
  }));

  const download = () => {
    const blob = new Blob([serializeCuration(curationFile())], { type: "application/json" });
    downloadBlob(blob, "curation.json");
  };
  const open = async (file: File) => {
    if (file.size > MAX_CURATION_BYTES) {
      notify({
        kind: "error",
        message: `${file.name} is too large to be a curation file. Your corrections are unchanged.`,
      });
      return;
    }
    try {
      const opened = parseCuration(await file.text(), file.name);
      replaceOperations(opened.operations);
      notify({
        kind: "info",
        message: `Opened ${file.name}: ${opened.operations.length} corrections. Undo goes back to yours.`,
      });
    } catch (error) {
      const message = error instanceof CurationError ? error.message : String(error);
      notify({ kind: "error", message: `${message}. Your corrections are unchanged.` });
    }
  };

  return (
    <article className="history" aria-labelledby="history-title">
      <header className="details-head">
        <h2 id="history-title">Corrections</h2>
      </header>
      <div className="details-actions">
        <button
          type="button"
          onClick={() => undo()}
          disabled={curation.undo.length === 0}
          title="Undo (Ctrl+Z)"
        >
          Undo
        </button>
        <button
          type="button"
          onClick={() => redo()}
          disabled={curation.redo.length === 0}
          title="Redo (Ctrl+Shift+Z)"
        >
          Redo
        </button>
        <button type="button" onClick={download} disabled={operations.length === 0}>
          Download
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Open a curation file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void open(file);
          }}
        />
      </div>
      <label className="history-author">
        <span>Sign corrections as</span>
        <input
          type="text"
          value={author}
          placeholder="your name (optional)"
          onChange={(event) => {
            setAuthorName(event.target.value);
            setAuthor(event.target.value);
          }}
        />
      </label>
      {props.builtIn > 0 && (
        <p className="hint">
          This graph file was built with {props.builtIn} {props.builtIn === 1 ? "correction" : "corrections"}{" "}
          (<code>--curation</code>). Reverting one of them here takes it out of the curation file; the graph
          shows it gone after the next build.
        </p>
      )}
      {operations.length === 0 ? (
        <p className="hint">
          No corrections yet. Select a node or a relation to merge, split, rename, reject or confirm; select a
          passage in an article to add a relation by hand.
        </p>
      ) : (
        <ol className="history-list" data-testid="history" reversed>
          {[...operations].reverse().map(({ op, index, outcome }) => (
            <li
              key={`${index}:${op.at}`}
              className={outcome?.status === "skipped" ? "history-item stale" : "history-item"}
            >
              <div className="history-what">{describeOperation(op)}</div>
              <div className="evidence-meta">
                <span>{when(op.at)}</span>
                {op.author && <span>{op.author}</span>}
                {outcome?.status === "skipped" && (
                  <span className="badge stale" title={outcome.reason}>
                    no longer applies: {outcome.reason}
                  </span>
                )}
                <button type="button" className="link small" onClick={() => revert(index)}>
                  Revert
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="hint">
        Saved in this browser as you go
        {document.querySelector('meta[name="newsgraph-workspace-token"]')
          ? ", and into the project (sources/, curation.json)"
          : ""}
        .{" "}
        <button type="button" className="link small" onClick={props.onClearWorkspace}>
          Clear the workspace
        </button>
      </p>
    </article>
  );
}
