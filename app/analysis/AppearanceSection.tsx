// Size and colour of the nodes by an analysis of the view, and the legend of the colours chosen (by
// category, the kinds-and-categories filter below is the legend).
import type { NodeColors } from "../../graph/analysis/appearance.ts";
import { setColorBy, setSizeBy } from "../../graph/view/state.ts";
import { COLOR_BY, SIZE_BY, type ColorBy, type SizeBy, type ViewState } from "../../graph/view/types.ts";
import type { UpdateView } from "../state/useViewState.ts";

const SIZE_LABELS: Record<SizeBy, string> = {
  degree: "Degree",
  pagerank: "PageRank",
  betweenness: "Betweenness",
  evidence: "Evidence count",
  sources: "Number of sources",
};
const COLOR_LABELS: Record<ColorBy, string> = {
  category: "Category",
  community: "Community (Louvain)",
  country: "Country",
};

export function AppearanceSection(props: { view: ViewState; colors: NodeColors | null; update: UpdateView }) {
  const { view, colors, update } = props;
  const colorBy = view.colorBy ?? "category";
  return (
    <section aria-labelledby="legend-appearance">
      <h3 id="legend-appearance">Size and colour</h3>
      <div className="appearance-fields">
        <label className="inline-field">
          Size
          <select
            value={view.sizeBy ?? "degree"}
            onChange={(event) => update(setSizeBy(event.target.value as SizeBy))}
          >
            {SIZE_BY.map((value) => (
              <option key={value} value={value}>
                {SIZE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          Colour
          <select value={colorBy} onChange={(event) => update(setColorBy(event.target.value as ColorBy))}>
            {COLOR_BY.map((value) => (
              <option key={value} value={value}>
                {COLOR_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {colorBy !== "category" && !colors && <p className="hint">Reading the lexicon…</p>}
      {colorBy !== "category" && colors && (
        <ul className="plain color-legend" data-testid="color-legend">
          {colors.legend.map((entry) => (
            <li key={entry.label} className="check">
              <span className="dot" style={{ background: entry.color }} aria-hidden="true" />
              <span className="check-name">{entry.label}</span>
              <span className="count">{entry.count}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
