// The table view under the graph: one row per relation (subject, action, object, sources, first and last
// date, modality mix) or per node, of the current view; sortable, filterable, synchronised with the canvas
// both ways (a row click selects, a canvas selection marks and shows its row); the rows shown export to CSV.
import { useDeferredValue, useMemo, useState } from "react";
import {
  edgeRows,
  edgeRowsCsv,
  filterRows,
  nodeRows,
  nodeRowsCsv,
  sortRows,
  type AnalysisScope,
  type EdgeRow,
  type NodeRow,
  type TableSort,
} from "../../graph/analysis/index.ts";
import { downloadBlob } from "../export/download.ts";
import { EDGE_COLUMNS, NODE_COLUMNS } from "./columns.ts";
import { DataTable } from "./DataTable.tsx";

type Table = "edges" | "nodes";

export function TableDrawer(props: {
  scope: AnalysisScope;
  selectedNode: string | null;
  selectedEdge: string | null;
  onChooseNode: (node: string) => void;
  onChooseEdge: (edge: string) => void;
  onClose: () => void;
}) {
  const { scope } = props;
  const [table, setTable] = useState<Table>("edges");
  const [query, setQuery] = useState("");
  const filter = useDeferredValue(query);
  const [edgeSort, setEdgeSort] = useState<TableSort<EdgeRow>>({ column: "articles", direction: "desc" });
  const [nodeSort, setNodeSort] = useState<TableSort<NodeRow>>({ column: "degree", direction: "desc" });

  const allEdges = useMemo(() => (table === "edges" ? edgeRows(scope) : []), [scope, table]);
  const allNodes = useMemo(() => (table === "nodes" ? nodeRows(scope) : []), [scope, table]);
  const edges = useMemo(
    () => sortRows(filterRows(allEdges, filter, ["subject", "action", "object"]), edgeSort),
    [allEdges, filter, edgeSort],
  );
  const nodes = useMemo(
    () => sortRows(filterRows(allNodes, filter, ["label", "kind", "category"]), nodeSort),
    [allNodes, filter, nodeSort],
  );
  const shown = table === "edges" ? edges.length : nodes.length;
  const total = table === "edges" ? allEdges.length : allNodes.length;

  const exportCsv = () => {
    const csv = table === "edges" ? edgeRowsCsv(edges) : nodeRowsCsv(nodes);
    downloadBlob(
      new Blob([csv], { type: "text/csv;charset=utf-8" }),
      `newsgraph-${table === "edges" ? "relations" : "nodes"}.csv`,
    );
  };

  return (
    <section className="table-drawer" aria-label="Table">
      <div className="table-bar">
        <div className="segmented" role="group" aria-label="Table of">
          <button type="button" aria-pressed={table === "edges"} onClick={() => setTable("edges")}>
            Relations
          </button>
          <button type="button" aria-pressed={table === "nodes"} onClick={() => setTable("nodes")}>
            Nodes
          </button>
        </div>
        <input
          type="search"
          className="table-filter"
          aria-label="Filter the table"
          placeholder={
            table === "edges" ? "Filter by subject, action, object…" : "Filter by name, kind, category…"
          }
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="count" data-testid="table-count">
          {shown === total ? `${total} rows` : `${shown} of ${total} rows`}
        </span>
        <button type="button" onClick={exportCsv} disabled={shown === 0}>
          Export CSV
        </button>
        <button type="button" className="table-close" aria-label="Close the table" onClick={props.onClose}>
          ×
        </button>
      </div>
      {table === "edges" ? (
        <DataTable
          label="Relations"
          columns={EDGE_COLUMNS}
          rows={edges}
          rowKey={(row) => row.edge}
          selected={props.selectedEdge}
          sort={edgeSort}
          onSort={setEdgeSort}
          onChoose={(row) => props.onChooseEdge(row.edge)}
        />
      ) : (
        <DataTable
          label="Nodes"
          columns={NODE_COLUMNS}
          rows={nodes}
          rowKey={(row) => row.node}
          selected={props.selectedNode}
          sort={nodeSort}
          onSort={setNodeSort}
          onChoose={(row) => props.onChooseNode(row.node)}
        />
      )}
    </section>
  );
}
