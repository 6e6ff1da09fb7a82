// The explorer: a top bar (search, counts, layout), the filters, the graph and a side panel with the
// selected node's or edge's relations and evidence, or the article reader, or an analysis tool (insights,
// how two nodes are connected, full-text search); the table of the view under the graph.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ArticleMeta, NewsGraph } from "../graph/types.ts";
import { mentionMatcherForGraph } from "../graph/view/mentions.ts";
import { edgeRef } from "../graph/view/relations.ts";
import { lazySearchIndex } from "../graph/view/search.ts";
import { lazyTextIndex } from "../graph/analysis/fulltext.ts";
import { hideNode, pickNodes, togglePicked } from "../graph/view/expand.ts";
import {
  clearSelection,
  openReader,
  select,
  selectEdge,
  selectNode,
  setCamera,
  toggleFocus,
} from "../graph/view/state.ts";
import type { CameraState } from "../graph/view/types.ts";
import { graphFacets } from "../graph/view/visibility.ts";
import { AppearanceSection } from "./analysis/AppearanceSection.tsx";
import { ConnectPanel } from "./analysis/ConnectPanel.tsx";
import { InsightsPanel } from "./analysis/InsightsPanel.tsx";
import { PanelTabs, type Tool } from "./analysis/PanelTabs.tsx";
import { TableDrawer } from "./analysis/TableDrawer.tsx";
import { TextSearchPanel } from "./analysis/TextSearchPanel.tsx";
import { useAnalysis } from "./analysis/useAnalysis.ts";
import { useTheme } from "./appearance/theme.ts";
import { SnapshotController } from "./export/SnapshotController.tsx";
import { SnapshotMenu } from "./export/SnapshotMenu.tsx";
import { ArticleReader } from "./panels/ArticleReader.tsx";
import { Counts } from "./panels/Counts.tsx";
import { EdgeDetails } from "./panels/EdgeDetails.tsx";
import { FiltersPanel } from "./panels/FiltersPanel.tsx";
import { Notices } from "./notices/Notices.tsx";
import { NodeDetails } from "./panels/NodeDetails.tsx";
import { SearchBox } from "./panels/SearchBox.tsx";
import { SidePanel } from "./panels/SidePanel.tsx";
import { ViewBar } from "./panels/ViewBar.tsx";
import { CameraController, type CameraRequest, type FitRequest } from "./sigma/CameraController.tsx";
import { DisplayState } from "./sigma/display.ts";
import { DisplayController } from "./sigma/DisplayController.tsx";
import { FrameController } from "./sigma/FrameController.tsx";
import { GraphCanvas } from "./sigma/GraphCanvas.tsx";
import { LayoutController } from "./sigma/LayoutController.tsx";
import { LassoController } from "./sigma/LassoController.tsx";
import { LargeGraphNote } from "./panels/LargeGraphNote.tsx";
import { LARGE_GRAPH_OFF } from "./sigma/scale.ts";
import { preloadedDisplay, selectedItems } from "./sigma/preload.ts";
import { exposeTestHook } from "./sigma/testHook.ts";
import { useViewState, type UpdateView } from "./state/useViewState.ts";
import { curationActions } from "./curation/actions.ts";
import { HistoryPanel } from "./curation/HistoryPanel.tsx";
import { CorrectionsToolbar } from "./curation/CorrectionsToolbar.tsx";
import { currentBase, redo, undo } from "./curation/store.ts";
import { useRemembered } from "./state/remembered.ts";
import { clearSavedWorkspace } from "./workspace/clear.ts";
import { useVisibility } from "./state/useVisibility.ts";
import { TimelineStrip } from "./time/TimelineStrip.tsx";
import { useTimelineToggle } from "./time/useTimelineToggle.ts";

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
  // What to frame next: the focus's neighbourhood (once its visibility is known) or new paths between two nodes.
  const [fitFor, setFitFor] = useState<{ target: "focus" | "path"; id: number } | null>(() =>
    view.focus.length > 0 && !view.camera ? { target: "focus", id: 1 } : null,
  );
  const searchInput = useRef<HTMLInputElement>(null);
  // The analysis tool open in the side panel, and whether the panel shows it or the selection's details.
  // Remembered across the remount each correction causes (a new graph is published).
  const [tool, setTool] = useRemembered<Tool | null>("tool", () => (view.path ? "connect" : null));
  const [showTool, setShowTool] = useRemembered("showTool", true);
  const [tableOpen, setTableOpen] = useRemembered("tableOpen", false);
  const curate = useMemo(() => curationActions(graph), [graph]);

  const facets = useMemo(() => graphFacets(graph), [graph]);
  const searchIndex = useMemo(() => lazySearchIndex(graph), [graph]);
  const textIndex = useMemo(() => lazyTextIndex(graph), [graph]);
  const articles = useMemo<ArticleMeta[]>(() => graph.getAttribute("articles") ?? [], [graph]);
  const articlesById = useMemo(() => new Map(articles.map((a) => [a.id, a])), [articles]);
  const matcher = useMemo(() => (view.reader ? mentionMatcherForGraph(graph) : null), [graph, view.reader]);

  const visibility = useVisibility(graph, view);
  const [display] = useState(() => preloadedDisplay(graph) ?? new DisplayState(graph, visibility, theme));

  const { node: selectedNode, edge: selectedEdge } = selectedItems(graph, view);
  const analysis = useAnalysis(graph, view, visibility);
  const timeline = useTimelineToggle(graph, view);

  useEffect(() => {
    exposeTestHook({ view });
  }, [view]);
  useEffect(() => {
    exposeTestHook({ largeGraph: display.large ? [...LARGE_GRAPH_OFF] : null });
  }, [display]);

  // Changing the focus frames its neighbourhood once the new visibility is known.
  const updateFocus = useCallback<UpdateView>(
    (producer) => {
      update(producer);
      setFitFor((previous) => ({ target: "focus", id: (previous?.id ?? 0) + 1 }));
    },
    [update],
  );
  // New paths between two nodes frame them (a link with a camera keeps its camera).
  const pathNodes = analysis.pathHighlight?.nodes;
  const [framedPath, setFramedPath] = useState(() => (view.camera ? pathNodes : undefined));
  if (framedPath !== pathNodes) {
    setFramedPath(pathNodes);
    if (pathNodes) setFitFor((previous) => ({ target: "path", id: (previous?.id ?? 0) + 1 }));
  }
  const fit = useMemo<FitRequest | null>(
    () =>
      fitFor
        ? {
            nodes: fitFor.target === "path" && pathNodes ? new Set(pathNodes) : visibility.nodes,
            id: fitFor.id,
          }
        : null,
    // Only a new request frames, not every filter change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fitFor],
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
    (evidence: { article: string; start: number; end: number }) => {
      update(openReader({ article: evidence.article, start: evidence.start, end: evidence.end }));
      setShowTool(false);
    },
    [update, setShowTool],
  );
  const onCameraChange = useCallback((camera: CameraState | null) => update(setCamera(camera)), [update]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "/" && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        searchInput.current?.focus();
      } else if ((event.ctrlKey || event.metaKey) && !isTyping(event.target) && /^[zy]$/i.test(event.key)) {
        // Ctrl/Cmd+Z undoes a correction, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes it.
        event.preventDefault();
        if (event.key.toLowerCase() === "y" || event.shiftKey) redo();
        else undo();
      } else if (event.key === "Escape") {
        update(clearSelection);
        setFiltersOpen(false);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [update]);

  const hasDetails = !!(view.reader || selectedNode || selectedEdge);
  const activeTool = tool && (showTool || !hasDetails) ? tool : null;
  const panelOpen = hasDetails || !!tool;
  const analysisColors = analysis.colors?.colors;
  const colorOf = useCallback(
    (node: string) => analysisColors?.get(node) ?? graph.getNodeAttribute(node, "color"),
    [graph, analysisColors],
  );
  const openTool = (next: Tool) => {
    setTool(next);
    setShowTool(true);
  };
  // What the canvas, the search or an evidence link selects shows its details.
  const showDetails = () => setShowTool(false);

  // A node chosen from a panel is selected and brought into view.
  const selectAndFly = (node: string) => {
    onSelectNode(node);
    fly(node);
  };
  // A row of a tool or of the table selects and brings into view, and the tool stays.
  const chooseEdge = (edge: string) => {
    onSelectEdge(edge);
    fly(graph.source(edge));
  };
  let panel = null;
  const panelTitle = activeTool
    ? { insights: "Insights", connect: "Connections", text: "Text search", history: "History" }[activeTool]
    : view.reader
      ? (articlesById.get(view.reader.article)?.title ?? "the article")
      : selectedNode
        ? graph.getNodeAttribute(selectedNode, "label")
        : "the relation";
  if (activeTool === "insights") {
    panel = (
      <InsightsPanel
        scope={analysis.scope}
        selectedNode={selectedNode}
        colorOf={colorOf}
        onChooseNode={selectAndFly}
      />
    );
  } else if (activeTool === "connect") {
    panel = (
      <ConnectPanel
        scope={analysis.scope}
        path={view.path ?? null}
        connections={analysis.connections}
        selectedNode={selectedNode}
        searchIndex={searchIndex}
        articles={articlesById}
        colorOf={colorOf}
        update={update}
        onChooseNode={selectAndFly}
        onChooseEdge={chooseEdge}
        onOpenEvidence={onOpenEvidence}
      />
    );
  } else if (activeTool === "history") {
    panel = (
      <HistoryPanel
        builtIn={currentBase()?.getAttribute("curation")?.operations.length ?? 0}
        onClearWorkspace={() => void clearSavedWorkspace()}
      />
    );
  } else if (activeTool === "text") {
    panel = <TextSearchPanel index={textIndex} articles={articlesById} onOpen={onOpenEvidence} />;
  } else if (view.reader) {
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
        curate={curate}
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
        onHide={(node) => update(hideNode(node))}
        onCenter={fly}
        onOpenEvidence={onOpenEvidence}
        curate={curate}
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
        curate={curate}
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
            showDetails();
          }}
        />
        <Counts graph={graph} view={view} visibility={visibility} />
        <div className="toolbar">
          <button
            type="button"
            aria-pressed={!!tool}
            onClick={() => (tool ? setTool(null) : openTool("insights"))}
            title="Insights, connections and text search on the current view"
          >
            Analyse
          </button>
          <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen((open) => !open)}>
            Table
          </button>
          {timeline.available && (
            <button type="button" aria-pressed={timeline.open} onClick={timeline.toggle}>
              Timeline
            </button>
          )}
          <CorrectionsToolbar
            historyOpen={activeTool === "history"}
            onToggleHistory={() => (activeTool === "history" ? setTool(null) : openTool("history"))}
          />
          <SnapshotMenu graph={graph} view={view} visibility={visibility} update={update} />
          <button
            type="button"
            aria-pressed={layoutRunning}
            disabled={display.large}
            title={
              display.large ? "Off on a graph this large: a live layout would freeze the page" : undefined
            }
            onClick={() => setLayoutRunning((r) => !r)}
          >
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
          appearance={<AppearanceSection view={view} colors={analysis.colors} update={update} />}
        />
      </aside>
      <main className="stage" aria-label="Graph">
        <Notices update={update} />
        <ViewBar
          graph={graph}
          view={view}
          visibility={visibility}
          update={update}
          updateFocus={updateFocus}
          curate={curate}
        />
        <GraphCanvas graph={graph} display={display} theme={theme}>
          <DisplayController
            display={display}
            visibility={visibility}
            selectedNode={selectedNode}
            selectedEdge={selectedEdge}
            path={analysis.pathHighlight}
            sizes={analysis.sizes}
            colors={analysisColors ?? null}
            picked={view.picked}
            onClickNode={(node, shift) => {
              // Shift-click picks several nodes (to focus or export together) and leaves the selection be.
              if (shift) return update(togglePicked(node));
              update(selectNode(node));
              showDetails();
            }}
            onClickEdge={(edge) => {
              onSelectEdge(edge);
              showDetails();
            }}
            onClickStage={() => update((s) => (s.reader ? s : select(null)(s)))}
          />
          <CameraController camera={view.camera} onCameraChange={onCameraChange} flyTo={flyTo} fit={fit} />
          <LayoutController graph={graph} running={layoutRunning && !display.large} labels={display.labels} />
          <FrameController labels={display.labels} />
          <SnapshotController />
          <LassoController onLasso={(nodes) => update(pickNodes(nodes))} />
          {display.large && <LargeGraphNote nodes={graph.order} edges={graph.size} />}
        </GraphCanvas>
        {timeline.open && <TimelineStrip graph={graph} view={view} update={update} />}
        {visibility.nodes.size === 0 && (
          <p className="empty-state">Nothing matches these filters. Try “Reset filters”.</p>
        )}
        {tableOpen && (
          <TableDrawer
            scope={analysis.scope}
            selectedNode={selectedNode}
            selectedEdge={selectedEdge}
            onChooseNode={selectAndFly}
            onChooseEdge={chooseEdge}
            onClose={() => setTableOpen(false)}
          />
        )}
        {!panelOpen && !tableOpen && (
          <p className="stage-hint">
            Click a node or an edge for its evidence · shift-click to select several · <kbd>/</kbd> search ·
            scroll to zoom
          </p>
        )}
      </main>
      {panelOpen && (
        <SidePanel
          label={activeTool ? panelTitle : view.reader ? "Article" : "Details"}
          title={panelTitle}
          contentKey={`${activeTool ?? ""}|${view.reader?.article ?? ""}|${selectedNode ?? ""}|${selectedEdge ?? ""}`}
          tabs={
            tool || activeTool ? (
              <PanelTabs
                active={activeTool ?? "details"}
                hasDetails={hasDetails}
                onChoose={(tab) => (tab === "details" ? showDetails() : openTool(tab))}
              />
            ) : null
          }
          onClose={() =>
            activeTool ? setTool(null) : update((s) => ({ ...s, selection: null, reader: null }))
          }
        >
          {panel}
        </SidePanel>
      )}
    </div>
  );
}
