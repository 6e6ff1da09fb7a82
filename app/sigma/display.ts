// What sigma draws, decided per node and per edge by reducers reading one mutable display state: the
// filters' visibility (hidden), the hovered or selected item's neighbourhood or the paths between two nodes
// (the rest dimmed), sizes and colours by an analysis, edge labels on hover, selection and zoom. Changing it and calling sigma.refresh() re-applies it; the graph is untouched.
// On a large graph (scale.ts) nothing is dimmed: the neighbourhood is raised and labelled, so that a hover
// or a selection redraws only what it touches instead of every node and edge.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes, NewsGraph } from "../../graph/types.ts";
import { actionLabel } from "../../graph/view/relations.ts";
import type { Visibility } from "../../graph/view/types.ts";
import type { Theme } from "../appearance/theme.ts";
import { LabelPlacement } from "./labels.ts";
import { isLargeGraph } from "./scale.ts";

/** Below this camera ratio every visible edge shows its action. */
export const EDGE_LABELS_BELOW_RATIO = 0.5;

/** From this many nodes + edges on, filter changes refresh only what changed (see `update`). */
export const PARTIAL_REFRESH_FROM = 5_000;

export interface DisplayChange {
  full: boolean;
  nodes: string[];
  edges: string[];
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, into: Set<string>): void {
  for (const key of a) if (!b.has(key)) into.add(key);
  for (const key of b) if (!a.has(key)) into.add(key);
}

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** What a change of highlight compares against. */
interface Before {
  highlight: Highlight | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredEdge: string | null;
}

export class DisplayState {
  readonly graph: NewsGraph;
  /** The large-graph mode: highlights without dimming the rest, redrawn in part. */
  readonly large: boolean;
  private visibility: Visibility;
  /** True when the visibility is the whole graph (lets the reducers skip set lookups). */
  private everythingVisible = false;
  private selectedNode: string | null = null;
  private selectedEdge: string | null = null;
  /** Nodes picked by shift-click: drawn highlighted, like the selected node. */
  private picked: ReadonlySet<string> = new Set();
  private hoveredNode: string | null = null;
  private hoveredEdge: string | null = null;
  private zoomedIn = false;
  private theme: Theme;
  private highlight: Highlight | null = null;
  /** The paths of "How are A and B connected", highlighted while nothing is hovered. */
  private path: Highlight | null = null;
  /** Sizes and colours by an analysis (null: the builder's). */
  private sizes: ReadonlyMap<string, number> | null = null;
  private colors: ReadonlyMap<string, string> | null = null;
  /** Which labels have room in each frame (read by the label drawer). */
  readonly labels = new LabelPlacement();

  constructor(graph: NewsGraph, visibility: Visibility, theme: Theme) {
    this.graph = graph;
    this.visibility = visibility;
    this.theme = theme;
    this.everythingVisible = visibility.nodes.size === graph.order && visibility.edges.size === graph.size;
    this.large = isLargeGraph(graph);
  }

  /**
   * Applies new filters and selection and says what sigma must redraw: nothing (null), everything, or only
   * the nodes and edges whose look changed. Big graphs then refresh just those (a filter hiding one action
   * touches a fraction of the edges), instead of re-running the reducers over the whole graph.
   */
  update(
    visibility: Visibility,
    selectedNode: string | null,
    selectedEdge: string | null,
  ): DisplayChange | null {
    if (
      visibility === this.visibility &&
      selectedNode === this.selectedNode &&
      selectedEdge === this.selectedEdge
    ) {
      return null;
    }
    const before = {
      visibility: this.visibility,
      everythingVisible: this.everythingVisible,
      highlight: this.highlight,
      selectedNode: this.selectedNode,
      selectedEdge: this.selectedEdge,
      hoveredEdge: this.hoveredEdge,
    };
    this.visibility = visibility;
    this.everythingVisible =
      visibility.nodes.size === this.graph.order && visibility.edges.size === this.graph.size;
    this.selectedNode = selectedNode;
    this.selectedEdge = selectedEdge;
    this.updateHighlight();
    if (this.redrawsWhole(before)) return { full: true, nodes: [], edges: [] };
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (visibility !== before.visibility) {
      const was = (set: Set<string>, key: string) => before.everythingVisible || set.has(key);
      this.graph.forEachNode((node) => {
        if (was(before.visibility.nodes, node) !== this.isNodeVisible(node)) nodes.add(node);
      });
      this.graph.forEachEdge((edge) => {
        if (was(before.visibility.edges, edge) !== this.isEdgeVisible(edge)) edges.add(edge);
      });
    }
    return this.highlightChange(before, nodes, edges);
  }

  /**
   * Turning the highlight on or off dims or restores everything (except on a large graph, where nothing is
   * dimmed); small graphs are cheap to redo whole.
   */
  private redrawsWhole(before: Before): boolean {
    if (this.graph.order + this.graph.size < PARTIAL_REFRESH_FROM) return true;
    return !this.large && !before.highlight !== !this.highlight;
  }

  /** Adds to `nodes` and `edges` what looks different since `before` as far as highlights go. */
  private highlightChange(before: Before, nodes: Set<string>, edges: Set<string>): DisplayChange {
    const { highlight } = this;
    if (before.highlight && highlight) {
      symmetricDifference(before.highlight.nodes, highlight.nodes, nodes);
      symmetricDifference(before.highlight.edges, highlight.edges, edges);
    } else {
      // On or off without dimming (large graphs): only the highlighted items change.
      for (const side of [before.highlight, highlight]) {
        if (!side) continue;
        for (const node of side.nodes) nodes.add(node);
        for (const edge of side.edges) edges.add(edge);
      }
    }
    for (const node of [before.selectedNode, this.selectedNode])
      if (node && this.graph.hasNode(node)) nodes.add(node);
    for (const edge of [before.selectedEdge, this.selectedEdge, before.hoveredEdge, this.hoveredEdge])
      if (edge && this.graph.hasEdge(edge)) edges.add(edge);
    return { full: false, nodes: [...nodes], edges: [...edges] };
  }

  /**
   * Hovers a node or an edge (or nothing) and says what sigma must redraw (null: nothing). Dimming the rest
   * redraws everything; on a large graph only the neighbourhoods left and entered are.
   */
  setHover(node: string | null, edge: string | null): DisplayChange | null {
    if (node === this.hoveredNode && edge === this.hoveredEdge) return null;
    const before: Before = {
      highlight: this.highlight,
      selectedNode: this.selectedNode,
      selectedEdge: this.selectedEdge,
      hoveredEdge: this.hoveredEdge,
    };
    this.hoveredNode = node;
    this.hoveredEdge = edge;
    this.updateHighlight();
    if (!this.large || this.redrawsWhole(before)) return { full: true, nodes: [], edges: [] };
    return this.highlightChange(before, new Set(), new Set());
  }

  /** Highlights paths (or stops, with null); true when sigma must refresh. */
  setPath(path: Highlight | null): boolean {
    if (path === this.path) return false;
    this.path = path;
    this.updateHighlight();
    return true;
  }

  setAppearance(
    sizes: ReadonlyMap<string, number> | null,
    colors: ReadonlyMap<string, string> | null,
  ): boolean {
    if (sizes === this.sizes && colors === this.colors) return false;
    this.sizes = sizes;
    this.colors = colors;
    return true;
  }

  /** True when the paths are what is highlighted now. */
  get showsPath(): boolean {
    return !!this.path && this.highlight === this.path;
  }

  /** The picked nodes; true when they changed and sigma must refresh. */
  setPicked(picked: readonly string[]): boolean {
    if (picked.length === this.picked.size && picked.every((node) => this.picked.has(node))) return false;
    this.picked = new Set(picked);
    return true;
  }

  setZoomedIn(zoomedIn: boolean): boolean {
    if (zoomedIn === this.zoomedIn) return false;
    this.zoomedIn = zoomedIn;
    return true;
  }

  setTheme(theme: Theme): boolean {
    if (theme === this.theme) return false;
    this.theme = theme;
    return true;
  }

  private isNodeVisible(node: string): boolean {
    return this.everythingVisible || this.visibility.nodes.has(node);
  }

  private isEdgeVisible(edge: string): boolean {
    return this.everythingVisible || this.visibility.edges.has(edge);
  }

  /** The highlighted neighbourhood: hover wins over the paths, the paths over selection, a node over an edge. */
  private updateHighlight(): void {
    const { graph } = this;
    const usableNode = (n: string | null) => !!n && graph.hasNode(n) && this.isNodeVisible(n);
    const usableEdge = (e: string | null) => !!e && graph.hasEdge(e) && this.isEdgeVisible(e);
    if (usableNode(this.hoveredNode)) this.highlight = this.neighbourhoodOf(this.hoveredNode!);
    else if (usableEdge(this.hoveredEdge)) this.highlight = this.edgeEnds(this.hoveredEdge!);
    else if (this.path && this.path.nodes.size > 0) this.highlight = this.path;
    else if (usableNode(this.selectedNode)) this.highlight = this.neighbourhoodOf(this.selectedNode!);
    else if (usableEdge(this.selectedEdge)) this.highlight = this.edgeEnds(this.selectedEdge!);
    else this.highlight = null;
  }

  private neighbourhoodOf(node: string): Highlight {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    this.graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (!this.isEdgeVisible(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    return { nodes, edges };
  }

  private edgeEnds(edge: string): Highlight {
    return { nodes: new Set(this.graph.extremities(edge)), edges: new Set([edge]) };
  }

  readonly nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    // sigma hands the reducer a shallow copy of the attributes, so it is ours to change.
    const display = data as unknown as Partial<NodeDisplayData>;
    if (!this.isNodeVisible(node)) {
      display.hidden = true;
      return display;
    }
    const size = this.sizes?.get(node);
    if (size !== undefined) display.size = size;
    const color = this.colors?.get(node);
    if (color !== undefined) display.color = color;
    const highlight = this.highlight;
    if (highlight) {
      // Picked nodes stay bright whatever else is highlighted.
      if (highlight.nodes.has(node) || this.picked.has(node)) {
        display.zIndex = 2;
        display.forceLabel = true;
      } else if (!this.large) {
        display.color = this.theme.dimNode;
        display.label = null;
        display.zIndex = 0;
      }
    }
    if (node === this.selectedNode || this.picked.has(node)) {
      display.highlighted = true;
      display.zIndex = 3;
      display.forceLabel = true;
    }
    return display;
  };

  readonly edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const display = data as unknown as Partial<EdgeDisplayData>;
    if (!this.isEdgeVisible(edge)) {
      display.hidden = true;
      return display;
    }
    const highlight = this.highlight;
    if (highlight) {
      if (highlight.edges.has(edge)) {
        display.zIndex = 2;
        // A path is read along its arrows: thicker, each hop saying its action.
        if (highlight === this.path) {
          display.size = (display.size ?? 1) + 1.5;
          display.label = actionLabel(data.action);
          display.forceLabel = true;
        }
        // Actions are spelled out while hovering (or zoomed in); a lasting selection keeps the picture calm
        // (its panel lists the relations anyway).
        if (this.hoveredNode || this.hoveredEdge || this.zoomedIn) {
          display.label = actionLabel(data.action);
          display.forceLabel = true;
        }
        // Undimmed, the neighbourhood's edges stand out by their width.
        if (this.large) display.size = (display.size ?? 1) + 1;
      } else if (!this.large) {
        display.color = this.theme.dimEdge;
        display.zIndex = 0;
      }
    } else if (this.zoomedIn) {
      display.label = actionLabel(data.action);
    }
    if (edge === this.selectedEdge || edge === this.hoveredEdge) {
      display.size = (display.size ?? 1) + 2;
      display.label = actionLabel(data.action);
      display.forceLabel = true;
      display.zIndex = 3;
    }
    return display;
  };
}
