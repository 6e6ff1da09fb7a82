// The explorer: a top bar (search, counts, layout), the filters, the graph and a side panel with the
// selected node's or edge's relations and evidence, or the article reader.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ArticleMeta, Evidence } from "../graph/types.ts";
import { mentionMatcherForGraph } from "../graph/view/mentions.ts";
import { edgeRef } from "../graph/view/relations.ts";
import { lazySearchIndex } from "../graph/view/search.ts";
import {
  clearSelection,
  openReader,
  select,
  selectEdge,
  selectNode,
  setCamera,
  toggleFocus,
} from "../graph/view/state.ts";
import type { CameraState, NewsGraph } from "../graph/view/types.ts";
import { computeVisibility, graphFacets } from "../graph/view/visibility.ts";
import { useTheme } from "./appearance/theme.ts";
import { SnapshotController } from "./export/SnapshotController.tsx";
import { SnapshotMenu } from "./export/SnapshotMenu.tsx";
import { ArticleReader } from "./panels/ArticleReader.tsx";
import { EdgeDetails } from "./panels/EdgeDetails.tsx";
import { FiltersPanel } from "./panels/FiltersPanel.tsx";
import { Notices } from "./notices/Notices.tsx";
import { NodeDetails } from "./panels/NodeDetails.tsx";
import { SearchBox } from "./panels/SearchBox.tsx";
import { SidePanel } from "./panels/SidePanel.tsx";
import { CameraController, type CameraRequest, type FitRequest } from "./sigma/CameraController.tsx";
import { DisplayState } from "./sigma/display.ts";
import { DisplayController } from "./sigma/DisplayController.tsx";
import { FrameController } from "./sigma/FrameController.tsx";
import { GraphCanvas } from "./sigma/GraphCanvas.tsx";
import { LayoutController } from "./sigma/LayoutController.tsx";
import { preloadedDisplay, preloadedVisibility, selectedItems } from "./sigma/preload.ts";
import { exposeTestHook } from "./sigma/testHook.ts";
import { useViewState, type UpdateView } from "./state/useViewState.ts";

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function App({ graph }: { graph: NewsGraph }) {
  const theme = useTheme();
  const [view, update] = useViewState(graph);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [flyTo, setFlyTo] = useState<CameraRequest | null>(null);
  // A link with a focus but no camera opens framed on the focus.
  const [fitRequested, setFitRequested] = useState(() => (view.focus.length > 0 && !view.camera ? 1 : 0));
  const searchInput = useRef<HTMLInputElement>(null);

  const facets = useMemo(() => graphFacets(graph), [graph]);
  const searchIndex = useMemo(() => lazySearchIndex(graph), [graph]);
  const articles = useMemo<ArticleMeta[]>(() => graph.getAttribute("articles") ?? [], [graph]);
  const articlesById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const matcher = useMemo(() => (view.reader ? mentionMatcherForGraph(graph) : null), [graph, view.reader]);

  const { hiddenActions, hiddenKinds, hiddenCategories, hiddenModalities, focus, depth } = view;
  const filterArticles = view.articles;
  const visibility = useMemo(
    () =>
      preloadedVisibility(graph, view) ??
      computeVisibility(graph, {
        ...view,
        hiddenActions,
        hiddenKinds,
        hiddenCategories,
        hiddenModalities,
        articles: filterArticles,
        focus,
        depth,
      }),
    // Only the filters matter, not the selection or the camera.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, hiddenActions, hiddenKinds, hiddenCategories, hiddenModalities, filterArticles, focus, depth],
  );
  const [display] = useState(() => preloadedDisplay(graph) ?? new DisplayState(graph, visibility, theme));

  const { node: selectedNode, edge: selectedEdge } = selectedItems(graph, view);

  useEffect(() => {
    exposeTestHook({ view });
  }, [view]);

  // Changing the focus frames its neighbourhood once the new visibility is known.
  const updateFocus = useCallback<UpdateView>(
    (producer) => {
      update(producer);
      setFitRequested((n) => n + 1);
    },
    [update],
  );
  const fit = useMemo<FitRequest | null>(
    () => (fitRequested ? { nodes: visibility.nodes, id: fitRequested } : null),
    // Only a new request frames, not every filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitRequested],
  );
  const fly = useCallback(
    (node: string) => setFlyTo((previous) => ({ node, id: (previous?.id ?? 0) + 1 })),
    [],
  );
  const onSelectNode = useCallback((node: string) => update(selectNode(node)), [update]);
  const onSelectEdge = useCallback(
    (edge: string) => update((s) => ({ ...selectEdge(edgeRef(graph, edge))(s), reader: null })),
    [graph, update],
  );
  const onOpenEvidence = useCallback(
    (evidence: Evidence) =>
      update(openReader({ article: evidence.article, start: evidence.start, end: evidence.end })),
    [update],
  );
  const onCameraChange = useCallback((camera: CameraState | null) => update(setCamera(camera)), [update]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "/" && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchInput.current?.focus();
      } else if (event.key === "Escape") {
        update(clearSelection);
        setFiltersOpen(false);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [update]);

  const filtered = visibility.nodes.size !== graph.order || visibility.edges.size !== graph.size;
  const panelOpen = !!(view.reader || selectedNode || selectedEdge);
  const colorOf = useCallback((node: string) => graph.getNodeAttribute(node, "color"), [graph]);

  // A node chosen from a panel is selected and brought into view.
  const selectAndFly = (node: string) => {
    onSelectNode(node);
    fly(node);
  };
  let panel = null;
  const panelTitle = view.reader
    ? (articlesById.get(view.reader.article)?.title ?? "the article")
    : selectedNode
      ? graph.getNodeAttribute(selectedNode, "label")
      : "the relation";
  if (view.reader) {
    panel = (
      <ArticleReader
        graph={graph}
        article={articlesById.get(view.reader.article)}
        reader={view.reader}
        matcher={matcher!}
        selectedNode={selectedNode}
        onSelectNode={(node) => {
          update(selectNode(node));
          fly(node);
        }}
        onClose={() => update(openReader(null))}
      />
    );
  } else if (selectedNode) {
    panel = (
      <NodeDetails
        graph={graph}
        node={selectedNode}
        view={view}
        visibility={visibility}
        articles={articlesById}
        onSelectNode={selectAndFly}
        onSelectEdge={onSelectEdge}
        onToggleFocus={(node) => updateFocus(toggleFocus(node))}
        onCenter={fly}
        onOpenEvidence={onOpenEvidence}
      />
    );
  } else if (selectedEdge) {
    panel = (
      <EdgeDetails
        graph={graph}
        edge={selectedEdge}
        view={view}
        visibility={visibility}
        articles={articlesById}
        onSelectNode={selectAndFly}
        onOpenEvidence={onOpenEvidence}
      />
    );
  }

  return (
    <div className={`app${panelOpen ? " with-panel" : ""}${view.reader ? " reading" : ""}`}>
      <header className="topbar">
        <h1 className="brand">Newsgraph</h1>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters-panel"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          Filters
        </button>
        <SearchBox
          index={searchIndex}
          label="Search"
          placeholder="Search actors and platforms"
          inputRef={searchInput}
          colorOf={colorOf}
          onChoose={(result) => {
            update((s) => ({ ...select({ type: "node", node: result.node })(s), reader: null }));
            fly(result.node);
          }}
        />
        <p className="counts" aria-live="polite" data-testid="counts">
          <strong>{visibility.nodes.size}</strong>
          {filtered && <span className="muted"> of {graph.order}</span>} nodes ·{" "}
          <strong>{visibility.edges.size}</strong>
          {filtered && <span className="muted"> of {graph.size}</span>} edges
        </p>
        <div className="toolbar">
          <SnapshotMenu graph={graph} view={view} visibility={visibility} update={update} />
          <button type="button" aria-pressed={layoutRunning} onClick={() => setLayoutRunning((r) => !r)}>
            {layoutRunning ? "Stop layout" : "Run layout"}
          </button>
          <button type="button" onClick={() => update(setCamera(null))}>
            Fit view
          </button>
        </div>
      </header>
      <aside id="filters-panel" className={`sidebar${filtersOpen ? " open" : ""}`} aria-label="Filters">
        <FiltersPanel
          graph={graph}
          facets={facets}
          visibility={visibility}
          view={view}
          update={update}
          updateFocus={updateFocus}
          searchIndex={searchIndex}
          articles={articles}
        />
      </aside>
      <main className="stage" aria-label="Graph">
        <Notices update={update} />
        <GraphCanvas graph={graph} display={display} theme={theme}>
          <DisplayController
            display={display}
            visibility={visibility}
            selectedNode={selectedNode}
            selectedEdge={selectedEdge}
            onClickNode={(node) => update(selectNode(node))}
            onClickEdge={onSelectEdge}
            onClickStage={() => update((s) => (s.reader ? s : select(null)(s)))}
          />
          <CameraController camera={view.camera} onCameraChange={onCameraChange} flyTo={flyTo} fit={fit} />
          <LayoutController graph={graph} running={layoutRunning} labels={display.labels} />
          <FrameController labels={display.labels} />
          <SnapshotController />
        </GraphCanvas>
        {visibility.nodes.size === 0 && (
          <p className="empty-state">Nothing matches these filters. Try “Reset filters”.</p>
        )}
        {!panelOpen && (
          <p className="stage-hint">
            Click a node or an edge for its evidence · <kbd>/</kbd> search · scroll to zoom
          </p>
        )}
      </main>
      {panelOpen && (
        <SidePanel
          label={view.reader ? "Article" : "Details"}
          title={panelTitle}
          contentKey={`${view.reader?.article ?? ""}|${selectedNode ?? ""}|${selectedEdge ?? ""}`}
          onClose={() => update((s) => ({ ...s, selection: null, reader: null }))}
        >
          {panel}
        </SidePanel>
      )}
    </div>
  );
}
