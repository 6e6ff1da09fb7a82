// A sortable, virtualised table (only the rows in sight are in the page, so 100k rows scroll as 20):
// a click on a header sorts, a click on a row chooses it, the chosen row is kept in sight.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import type { TableSort } from "../../graph/analysis/table.ts";
import type { Column } from "./columns.ts";

const ROW_HEIGHT = 30;

export function DataTable<Row extends object>(props: {
  label: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  selected: string | null;
  sort: TableSort<Row>;
  onSort: (sort: TableSort<Row>) => void;
  onChoose: (row: Row) => void;
}) {
  const { columns, rows, sort, rowKey, selected } = props;
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer hands back functions React Compiler must not memoise; this component does not use it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(" ");

  // A selection made on the canvas scrolls its row into sight.
  const selectedIndex = selected === null ? -1 : rows.findIndex((row) => rowKey(row) === selected);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtualizer]);

  return (
    <div className="data-table" role="grid" aria-label={props.label} aria-rowcount={rows.length + 1}>
      <div className="data-scroll" ref={scroller}>
        <div
          className="data-row data-head"
          role="row"
          aria-rowindex={1}
          style={{ gridTemplateColumns: template }}
        >
          {columns.map((column) => {
            const active = sort.column === column.key;
            return (
              <div
                key={column.key}
                role="columnheader"
                aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
                className={column.numeric ? "numeric" : undefined}
              >
                <button
                  type="button"
                  title={column.title}
                  onClick={() =>
                    props.onSort({
                      column: column.key,
                      direction: active
                        ? sort.direction === "asc"
                          ? "desc"
                          : "asc"
                        : column.numeric
                          ? "desc"
                          : "asc",
                    })
                  }
                >
                  {column.header}
                  <span aria-hidden="true" className="sort-mark">
                    {active ? (sort.direction === "asc" ? "▲" : "▼") : ""}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
        <div className="data-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const key = rowKey(row);
            return (
              <div
                key={key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={key === selected}
                data-key={key}
                className="data-row"
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                onClick={() => props.onChoose(row)}
              >
                {columns.map((column) => {
                  const text = column.text ? column.text(row) : String(row[column.key] ?? "");
                  return (
                    <div
                      key={column.key}
                      role="gridcell"
                      className={column.numeric ? "numeric" : undefined}
                      title={text}
                    >
                      {text}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
