// Corrections to one relation, under its details: reject it (the machine was wrong).
import type { CurationActions } from "./actions.ts";

export function EdgeCuration(props: { edge: string; curate: CurationActions }) {
  return (
    <div className="details-actions">
      <button
        type="button"
        className="danger"
        onClick={() => props.curate.rejectEdge(props.edge)}
        title="The articles do not say this: take the relation out of the graph and its exports"
      >
        Reject relation
      </button>
    </div>
  );
}
