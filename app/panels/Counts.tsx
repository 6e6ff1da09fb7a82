// The top bar's counts: visible nodes and edges (of all, when filtered), and the time range when one is set.
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { formatRange } from "../time/format.ts";

export function Counts(props: { graph: NewsGraph; view: ViewState; visibility: Visibility }) {
  const { graph, view, visibility } = props;
  const filtered = visibility.nodes.size !== graph.order || visibility.edges.size !== graph.size;
  const timed = !!view.from || !!view.to;
  return (
    <p className="counts" aria-live="polite" data-testid="counts">
      <strong>{visibility.nodes.size}</strong>
      {filtered && <span className="muted"> of {graph.order}</span>} nodes ·{" "}
      <strong>{visibility.edges.size}</strong>
      {filtered && <span className="muted"> of {graph.size}</span>} edges
      {timed && <span className="counts-range"> · {formatRange(view.from, view.to)}</span>}
      {view.hideUndated && <span className="muted"> · dated only</span>}
    </p>
  );
}
