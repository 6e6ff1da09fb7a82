// On the stage of a large graph: what the explorer turned off to stay responsive (app/sigma/scale.ts).
import { LARGE_GRAPH_OFF } from "../sigma/scale.ts";

const count = (n: number) => n.toLocaleString("en");

/** "a, b and c". */
function spoken(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export function LargeGraphNote(props: { nodes: number; edges: number }) {
  return (
    <p className="large-graph-note" role="status" data-testid="large-graph-note">
      <strong>
        Large graph ({count(props.nodes)} nodes, {count(props.edges)} edges).
      </strong>{" "}
      To stay responsive, {spoken(LARGE_GRAPH_OFF)} are off.
    </p>
  );
}
