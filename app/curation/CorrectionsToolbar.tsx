// Undo, redo and the History panel's button, in the top bar.
import { redo, undo, useCuration } from "./store.ts";

export function CorrectionsToolbar(props: { historyOpen: boolean; onToggleHistory: () => void }) {
  const curation = useCuration();
  return (
    <span className="undo-redo" role="group" aria-label="Corrections">
      <button
        type="button"
        aria-label="Undo correction"
        title="Undo correction (Ctrl+Z)"
        disabled={curation.undo.length === 0}
        onClick={() => undo()}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo correction"
        title="Redo correction (Ctrl+Shift+Z)"
        disabled={curation.redo.length === 0}
        onClick={() => redo()}
      >
        ↷
      </button>
      <button
        type="button"
        aria-pressed={props.historyOpen}
        title="Your corrections: history, revert, download the curation file"
        onClick={props.onToggleHistory}
      >
        History{curation.operations.length > 0 ? ` (${curation.operations.length})` : ""}
      </button>
    </span>
  );
}
