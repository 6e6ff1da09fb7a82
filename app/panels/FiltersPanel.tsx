// The filters, applied as soon as they change: the action legend (click an action to hide or show it),
// focus on actors/platforms with their neighbourhood, kinds and categories, modality, articles, reset.
import type { ReactNode } from "react";
import type { ArticleMeta, Modality, NewsGraph } from "../../graph/types.ts";
import type { SearchIndex } from "../../graph/view/search.ts";
import {
  hasNoFilters,
  resetFilters,
  setDepth,
  soloAction,
  toggleAction,
  toggleArticle,
  toggleCategory,
  toggleFocus,
  toggleKind,
  toggleModality,
} from "../../graph/view/state.ts";
import { actionLabel, compareActions } from "../../graph/view/relations.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { actionColor, categoryColor } from "../appearance/colors.ts";
import type { UpdateView } from "../state/useViewState.ts";
import { SearchBox } from "./SearchBox.tsx";

export interface Facets {
  actions: Map<string, number>;
  kinds: Map<string, number>;
  categories: Map<string, number>;
  categoryKind: Map<string, string>;
  categoryColors: Map<string, string>;
}

// A Map: kinds come from the graph file, and a record would answer "constructor" with a function.
const KIND_LABELS = new Map([
  ["actor", "Actors"],
  ["platform", "Platforms"],
]);
const MODALITY_LABELS: Record<Modality, string> = {
  asserted: "Asserted",
  alleged: "Alleged",
  hypothetical: "Hypothetical",
};

export function FiltersPanel(props: {
  graph: NewsGraph;
  facets: Facets;
  visibility: Visibility;
  view: ViewState;
  update: UpdateView;
  /** For focus and depth changes, which also frame the new neighbourhood. */
  updateFocus: UpdateView;
  searchIndex: SearchIndex;
  articles: ArticleMeta[];
  /** Size and colour by an analysis, with its legend, shown after the actions. */
  appearance?: ReactNode;
}) {
  const { graph, facets, visibility, view, update, updateFocus, searchIndex, articles } = props;
  const actions = [...facets.actions.keys()].sort(compareActions);
  const allActions = actions;
  const kinds = [...facets.kinds.keys()].sort();
  const focus = view.focus.filter((node) => graph.hasNode(node));
  const focusSet = new Set(focus);
  const colorOf = (node: string) => graph.getNodeAttribute(node, "color");

  return (
    <div className="filters">
      <div className="filters-head">
        <h2 className="visually-hidden">Filters</h2>
        <button
          type="button"
          onClick={() => (view.focus.length > 0 ? updateFocus : update)(resetFilters)}
          disabled={hasNoFilters(view)}
        >
          Reset filters
        </button>
      </div>

      <section aria-labelledby="legend-actions">
        <h3 id="legend-actions">Actions</h3>
        <ul className="legend">
          {actions.map((action) => {
            const shown = !view.hiddenActions.includes(action);
            const count = shown
              ? (visibility.edgesByAction.get(action) ?? 0)
              : (facets.actions.get(action) ?? 0);
            return (
              <li
                key={action}
                className={`legend-row${shown ? "" : " off"}${shown && count === 0 ? " empty" : ""}`}
              >
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={shown}
                  title={
                    shown ? `Hide “${actionLabel(action)}” edges` : `Show “${actionLabel(action)}” edges`
                  }
                  onClick={() => update(toggleAction(action))}
                >
                  <span
                    className="swatch-line"
                    style={{ background: actionColor(action) }}
                    aria-hidden="true"
                  />
                  <span className="legend-name">{actionLabel(action)}</span>
                  <span className="count" aria-label={`${count} edges`}>
                    {count}
                  </span>
                </button>
                <button
                  type="button"
                  className="legend-only"
                  aria-label={`Only ${actionLabel(action)}`}
                  title={`Show only “${actionLabel(action)}”`}
                  onClick={() => update(soloAction(action, allActions))}
                >
                  only
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      {props.appearance}

      <section aria-labelledby="legend-focus">
        <h3 id="legend-focus">Focus</h3>
        {focus.length > 0 && (
          <ul className="chips">
            {focus.map((node) => (
              <li key={node} className="chip">
                <span className="dot" style={{ background: colorOf(node) }} aria-hidden="true" />
                {graph.getNodeAttribute(node, "label")}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`Remove ${graph.getNodeAttribute(node, "label")} from focus`}
                  onClick={() => updateFocus(toggleFocus(node))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <SearchBox
          index={searchIndex}
          label="Add actor or platform to focus"
          placeholder="Actor or platform…"
          onChoose={(result) => updateFocus(toggleFocus(result.node))}
          exclude={focusSet}
          colorOf={colorOf}
          className="search-small"
        />
        <fieldset className="depth" disabled={focus.length === 0}>
          <legend title="0: the focused nodes alone, with the relations among them">
            Neighbourhood depth
          </legend>
          {([0, 1, 2] as const).map((depth) => (
            <label key={depth}>
              <input
                type="radio"
                name="depth"
                value={depth}
                checked={view.depth === depth}
                onChange={() => updateFocus(setDepth(depth))}
              />
              {depth}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="legend-kinds">
        <h3 id="legend-kinds">Kinds and categories</h3>
        {kinds.map((kind) => {
          const categories = [...facets.categories.keys()]
            .filter((category) => facets.categoryKind.get(category) === kind)
            .sort();
          const kindShown = !view.hiddenKinds.includes(kind);
          return (
            <div key={kind} className="kind-group">
              <label className="check kind">
                <input type="checkbox" checked={kindShown} onChange={() => update(toggleKind(kind))} />
                <span className="check-name">{KIND_LABELS.get(kind) ?? kind}</span>
                <span className="count">{visibility.nodesByKind.get(kind) ?? 0}</span>
              </label>
              <ul className="categories">
                {categories.map((category) => (
                  <li key={category}>
                    <label className="check">
                      <input
                        type="checkbox"
                        disabled={!kindShown}
                        checked={kindShown && !view.hiddenCategories.includes(category)}
                        onChange={() => update(toggleCategory(category))}
                      />
                      <span
                        className="dot"
                        style={{
                          background: facets.categoryColors.get(category) ?? categoryColor(category, kind),
                        }}
                        aria-hidden="true"
                      />
                      <span className="check-name">{category}</span>
                      <span className="count">{visibility.nodesByCategory.get(category) ?? 0}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="legend-modality">
        <h3 id="legend-modality">Modality</h3>
        <ul className="plain">
          {(["asserted", "alleged", "hypothetical"] as const).map((modality) => (
            <li key={modality}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!view.hiddenModalities.includes(modality)}
                  onChange={() => update(toggleModality(modality))}
                />
                <span className={`check-name modality-${modality}`}>{MODALITY_LABELS[modality]}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      {articles.length > 0 && (
        <section aria-labelledby="legend-articles">
          <h3 id="legend-articles">Articles</h3>
          <p className="hint">
            {view.articles.length === 0
              ? "All articles. Tick some to keep only their evidence."
              : `Evidence from ${view.articles.length} of ${articles.length}.`}
          </p>
          <ul className="plain articles">
            {articles.map((article) => (
              <li key={article.id}>
                <label className="check article">
                  <input
                    type="checkbox"
                    checked={view.articles.includes(article.id)}
                    onChange={() => update(toggleArticle(article.id))}
                  />
                  <span className="check-name" title={article.title}>
                    {article.title || article.id}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
