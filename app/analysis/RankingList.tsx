// A ranking: each row a node (click: select and fly), its value, and the independent sources behind it.
import { useState } from "react";
import type { RankingRow } from "../../graph/analysis/types.ts";

const SHOWN = 8;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function sourcesText(row: { articles: number; publishers: number }): string {
  return `${plural(row.articles, "article")} · ${plural(row.publishers, "publisher")}`;
}

export function RankingList(props: {
  rows: RankingRow[];
  /** "6 platforms", "0.214": what the value means. */
  formatValue: (value: number) => string;
  /** Says who the others are ("by", "blocks"); omitted: not listed. */
  othersPrefix?: string;
  labelOf: (node: string) => string;
  colorOf: (node: string) => string;
  selectedNode: string | null;
  onChoose: (node: string) => void;
  testId: string;
  empty: string;
}) {
  const { rows, labelOf, colorOf } = props;
  const [all, setAll] = useState(false);
  if (rows.length === 0) return <p className="hint">{props.empty}</p>;
  const shown = all ? rows : rows.slice(0, SHOWN);
  return (
    <>
      <ol className="ranking" data-testid={props.testId}>
        {shown.map((row) => {
          const others = row.others.slice(0, 3).map(labelOf).join(", ");
          const more = row.others.length > 3 ? ` +${row.others.length - 3}` : "";
          return (
            <li key={row.node}>
              <button
                type="button"
                className="ranking-row"
                aria-current={row.node === props.selectedNode ? "true" : undefined}
                onClick={() => props.onChoose(row.node)}
              >
                <span className="dot" style={{ background: colorOf(row.node) }} aria-hidden="true" />
                <span className="ranking-label">{row.label}</span>
                <span className="ranking-value">{props.formatValue(row.value)}</span>
                <span className="ranking-sources" title={`${row.sentences} sentences`}>
                  {sourcesText(row)}
                </span>
                {props.othersPrefix && others && (
                  <span className="ranking-others">
                    {props.othersPrefix} {others}
                    {more}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length > SHOWN && (
        <button type="button" className="link more" onClick={() => setAll((a) => !a)}>
          {all ? "Show fewer" : `Show all ${rows.length}`}
        </button>
      )}
    </>
  );
}
