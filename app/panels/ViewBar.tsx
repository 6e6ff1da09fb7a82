// A strip over the graph for growing and trimming the view by hand (as in Neo4j Bloom): with a focus, one
// more hop per click, along one action or any; the nodes hidden one by one, to show again; the nodes picked
// by shift-click, to focus on or export alone. It shows only what applies, and nothing when nothing does.
import { useMemo, useState } from "react";
import type { ExportFormat } from "../../graph/export/filename.ts";
import {
  clearExpand,
  clearPicked,
  expandOneHop,
  expandOptions,
  focusPicked,
  pickedView,
  showAllNodes,
  undoExpand,
  unhideNode,
} from "../../graph/view/expand.ts";
import { actionLabel } from "../../graph/view/relations.ts";
import type { NewsGraph } from "../../graph/types.ts";
import { EXPAND_ANY, type ViewState, type Visibility } from "../../graph/view/types.ts";
import { useTheme } from "../appearance/theme.ts";
import { saveSnapshot } from "../export/snapshot.ts";
import { notify } from "../notices/store.ts";
import type { CurationActions } from "../curation/actions.ts";
import type { UpdateView } from "../state/useViewState.ts";
import "./viewbar.css";

/** Past this many actions the rest wait behind "more". */
const SHOWN_ACTIONS = 6;

/** Formats a selection exports to: PNG draws the canvas as it is, so it is left to the Export menu. */
const SELECTION_FORMATS: readonly ExportFormat[] = ["json", "gexf", "graphml", "csv", "svg", "html"];

export function ViewBar(props: {
  graph: NewsGraph;
  view: ViewState;
  visibility: Visibility;
  update: UpdateView;
  /** Changes the focus and frames it. */
  updateFocus: UpdateView;
  curate?: CurationActions;
}) {
  const { graph, view, visibility, update, updateFocus, curate } = props;
  const theme = useTheme();
  const [allActions, setAllActions] = useState(false);
  const [format, setFormat] = useState<ExportFormat>("json");
  const [mergeInto, setMergeInto] = useState<string | null>(null);
  // The visibility changes exactly when the filters do, and only they matter here (not the camera).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const options = useMemo(() => expandOptions(graph, view, visibility), [graph, visibility]);
  const steps = view.expand ?? [];
  const hidden = view.hiddenNodes ?? [];
  const picked = view.picked ?? [];
  if (view.focus.length === 0 && hidden.length === 0 && picked.length === 0) return null;
  const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
  const stepLabel = (step: string) => (step === EXPAND_ANY ? "any relation" : actionLabel(step));
  const [any, ...perAction] = options;
  const actions = allActions ? perAction : perAction.slice(0, SHOWN_ACTIONS);

  const exportPicked = () => {
    void saveSnapshot({
      graph,
      view: pickedView(view),
      scope: "view",
      filtered: true,
      format,
      scale: 1,
      legend: true,
      caption: true,
      colors: {
        background: theme.panel,
        text: theme.text,
        muted: theme.scheme === "dark" ? "#a1abbb" : "#5d6778",
      },
    }).then(
      (outcome) => notify({ kind: outcome.ok ? "info" : "error", message: outcome.message }),
      (error: unknown) =>
        notify({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div className="viewbar" role="toolbar" aria-label="Grow and trim the view">
      {view.focus.length > 0 && (
        <div className="viewbar-group" data-testid="expand-bar">
          <span className="viewbar-title">Expand one hop</span>
          {any ? (
            <>
              <button
                type="button"
                onClick={() => updateFocus(expandOneHop(EXPAND_ANY))}
                title="Every neighbour of what is shown"
              >
                any <span className="viewbar-count">+{any.added}</span>
              </button>
              {actions.map((option) => (
                <button
                  key={option.step}
                  type="button"
                  data-step={option.step}
                  onClick={() => updateFocus(expandOneHop(option.step))}
                  title={`Nodes one “${actionLabel(option.step)}” relation away from what is shown`}
                >
                  {actionLabel(option.step)} <span className="viewbar-count">+{option.added}</span>
                </button>
              ))}
              {perAction.length > SHOWN_ACTIONS && (
                <button type="button" className="link" onClick={() => setAllActions((all) => !all)}>
                  {allActions ? "fewer" : `${perAction.length - SHOWN_ACTIONS} more`}
                </button>
              )}
            </>
          ) : (
            <span className="muted">nothing more to reach</span>
          )}
        </div>
      )}
      {view.focus.length > 0 && steps.length > 0 && (
        <div className="viewbar-group">
          <span className="muted" data-testid="expand-steps">
            {steps.length} {steps.length === 1 ? "hop" : "hops"} added: {steps.map(stepLabel).join(", ")}
          </span>
          <button type="button" onClick={() => updateFocus(undoExpand)}>
            Undo hop
          </button>
          <button type="button" onClick={() => updateFocus(clearExpand)}>
            Back to focus
          </button>
        </div>
      )}
      {hidden.length > 0 && (
        <div className="viewbar-group" data-testid="hidden-bar">
          <details className="viewbar-hidden">
            <summary>Hidden: {hidden.length}</summary>
            <ul>
              {hidden.map((node) => (
                <li key={node}>
                  {label(node)}{" "}
                  <button type="button" className="link" onClick={() => update(unhideNode(node))}>
                    show
                  </button>
                </li>
              ))}
            </ul>
          </details>
          <button type="button" onClick={() => update(showAllNodes)}>
            Show all
          </button>
        </div>
      )}
      {picked.length > 0 && (
        <div className="viewbar-group" data-testid="picked-bar">
          <span className="viewbar-title" title={picked.map(label).join(", ")}>
            {picked.length} selected
          </span>
          <button type="button" onClick={() => updateFocus(focusPicked)}>
            Focus selection
          </button>
          <select
            aria-label="Export format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {SELECTION_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f.toUpperCase()}
              </option>
            ))}
          </select>
          <button type="button" onClick={exportPicked}>
            Export selection
          </button>
          <button type="button" onClick={() => update(clearPicked)}>
            Clear
          </button>
          {curate && picked.length >= 2 && (
            <span className="viewbar-merge">
              <select
                aria-label="Merge into"
                value={mergeInto && picked.includes(mergeInto) ? mergeInto : picked[0]}
                onChange={(e) => setMergeInto(e.target.value)}
              >
                {picked.map((node) => (
                  <option key={node} value={node}>
                    into {label(node)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                title="One node with every alias and all the evidence of the selected ones"
                onClick={() => {
                  const into = mergeInto && picked.includes(mergeInto) ? mergeInto : picked[0]!;
                  curate.merge(into, picked);
                }}
              >
                Merge {picked.length}
              </button>
            </span>
          )}
        </div>
      )}
    </div>
  );
}
