// A relation added by hand from a passage the person selected in the reader: who, what action, whom. The
// passage becomes its evidence (rule "manual"). Nodes the passage names are offered first.
import { useMemo, useState } from "react";
import { ACTIONS, type Action, type NewsGraph } from "../../graph/types.ts";
import { actionLabel } from "../../graph/view/relations.ts";
import type { CurationActions } from "./actions.ts";

export interface Passage {
  article: string;
  start: number;
  end: number;
  sentence: string;
  /** Nodes mentioned in the passage, in reading order. */
  nodes: string[];
}

export function PassageRelation(props: {
  graph: NewsGraph;
  passage: Passage;
  curate: CurationActions;
  onDone: () => void;
}) {
  const { graph, passage, curate } = props;
  const others = useMemo(
    () =>
      graph
        .filterNodes((node) => !passage.nodes.includes(node))
        .sort((a, b) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label"))),
    [graph, passage.nodes],
  );
  const [source, setSource] = useState(passage.nodes[0] ?? others[0] ?? "");
  const [target, setTarget] = useState(passage.nodes[1] ?? passage.nodes[0] ?? others[0] ?? "");
  const [action, setAction] = useState<Action>("blocks");
  const options = (
    <>
      {passage.nodes.length > 0 && (
        <optgroup label="In the passage">
          {passage.nodes.map((node) => (
            <option key={node} value={node}>
              {graph.getNodeAttribute(node, "label")}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label="Everything else">
        {others.map((node) => (
          <option key={node} value={node}>
            {graph.getNodeAttribute(node, "label")}
          </option>
        ))}
      </optgroup>
    </>
  );
  return (
    <form
      className="passage-relation"
      aria-label="Add a relation from the selected passage"
      onSubmit={(event) => {
        event.preventDefault();
        const { nodes: _nodes, ...evidence } = passage;
        if (curate.addEdge(source, action, target, evidence)) props.onDone();
      }}
    >
      <p className="passage-quote">“{passage.sentence}”</p>
      <div className="curate-row">
        <select aria-label="Subject" value={source} onChange={(e) => setSource(e.target.value)}>
          {options}
        </select>
        <select aria-label="Action" value={action} onChange={(e) => setAction(e.target.value as Action)}>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </select>
        <select aria-label="Object" value={target} onChange={(e) => setTarget(e.target.value)}>
          {options}
        </select>
      </div>
      <div className="curate-row">
        <button type="submit" disabled={!source || !target}>
          Add relation
        </button>
        <button type="button" className="link" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
