// Corrections to one node, under its details: rename it, set its kind and category, split an alias out into
// a node of its own. (Merging takes two or more nodes: the selection strip over the graph.)
import { useState } from "react";
import type { Kind, NewsGraph } from "../../graph/types.ts";
import type { CurationActions } from "./actions.ts";

export function NodeCuration(props: { graph: NewsGraph; node: string; curate: CurationActions }) {
  const { graph, node, curate } = props;
  const attributes = graph.getNodeAttributes(node);
  const [label, setLabel] = useState(attributes.label);
  const [kind, setKind] = useState<Kind>(attributes.kind);
  const [category, setCategory] = useState(attributes.category);
  const categories = [...new Set(graph.mapNodes((_n, a) => a.category))].sort();
  const aliases = (attributes.aliases ?? []).filter((alias) => alias !== attributes.label);
  return (
    <details className="curate">
      <summary>Correct this node</summary>
      <form
        className="curate-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (label.trim() && label.trim() !== attributes.label) curate.rename(node, label.trim());
        }}
      >
        <label>
          <span>Name</span>
          <input type="text" aria-label="New name" value={label} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={!label.trim() || label.trim() === attributes.label}>
          Rename
        </button>
      </form>
      <form
        className="curate-row"
        onSubmit={(event) => {
          event.preventDefault();
          curate.classify(node, kind, category.trim());
        }}
      >
        <label>
          <span>Kind</span>
          <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="actor">actor</option>
            <option value="platform">platform</option>
          </select>
        </label>
        <label>
          <span>Category</span>
          <input
            type="text"
            aria-label="Category"
            list={`categories-${node}`}
            value={category}
            onChange={(e) => setCategory(e.target.value)}
          />
          <datalist id={`categories-${node}`}>
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
        <button
          type="submit"
          disabled={!category.trim() || (kind === attributes.kind && category.trim() === attributes.category)}
        >
          Set
        </button>
      </form>
      {aliases.length > 0 && (
        <div className="curate-aliases">
          <span className="muted">Split an alias out into its own node:</span>
          <ul>
            {aliases.map((alias) => (
              <li key={alias}>
                {alias}{" "}
                <button type="button" className="link small" onClick={() => curate.split(node, alias)}>
                  Split out
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}
