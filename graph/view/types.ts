// Types of the explorer's view logic: what is shown, what is selected, where the camera is.
// Plain data (serialisable into a URL), shared by the browser app and the CLI's `export --focus`.
// The graph model itself (NewsGraph and its attributes) lives in graph/types.ts.
import type { Modality } from "../types.ts";

/** Re-exported for older importers; new code imports it from graph/types.ts. */
export type { NewsGraph } from "../types.ts";

/** How far from the focused nodes the neighbourhood reaches; 0 is the focused nodes alone (an exported selection). */
export type Depth = 0 | 1 | 2;

/** One "expand" step: one more hop from what the focus shows, along one action or along any ("*"). */
export type ExpandStep = string;
export const EXPAND_ANY: ExpandStep = "*";

/** An edge named by what it means rather than by its key: the contract has one edge per (subject, action, object). */
export interface EdgeRef {
  source: string;
  action: string;
  target: string;
}

export type Selection = { type: "node"; node: string } | ({ type: "edge" } & EdgeRef);

/** The article open in the reader, with the span to highlight (usually an evidence sentence). */
export interface ReaderState {
  article: string;
  start: number | null;
  end: number | null;
}

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** "How are A and B connected": the two nodes, and whether relations are followed only subject → object. */
export interface PathQuery {
  from: string;
  to: string;
  directed: boolean;
}

/** What node sizes and colours show (graph/analysis/appearance.ts); the builder's are degree and category. */
export type SizeBy = "degree" | "pagerank" | "betweenness" | "evidence" | "sources";
export type ColorBy = "category" | "community" | "country";
export const SIZE_BY: readonly SizeBy[] = ["degree", "pagerank", "betweenness", "evidence", "sources"];
export const COLOR_BY: readonly ColorBy[] = ["category", "community", "country"];

/**
 * Everything that decides what the explorer shows. Filters are "hide" lists so that the default (empty)
 * state shows everything and a graph with actions or categories unknown to this code still displays.
 */
export interface ViewState {
  hiddenActions: string[];
  hiddenKinds: string[];
  hiddenCategories: string[];
  hiddenModalities: Modality[];
  /** Only edges with evidence from one of these articles (ids); empty = every article. */
  articles: string[];
  /** Show only the neighbourhood of these nodes (keys); empty = no focus. */
  focus: string[];
  depth: Depth;
  selection: Selection | null;
  reader: ReaderState | null;
  camera: CameraState | null;
  /** The connection shown (absent in views made before it existed: none). */
  path?: PathQuery | null;
  /** Nodes hidden one by one (keys); absent or empty: none. */
  hiddenNodes?: string[];
  /** With a focus: hops added on demand, in order, each along one action or any (EXPAND_ANY). */
  expand?: ExpandStep[];
  /** Nodes picked by shift-click, to focus or export together; absent or empty: none. */
  picked?: string[];
  /** The time range shown (ISO periods, `2024-01`; either end open); absent: all time. */
  from?: string | null;
  to?: string | null;
  /** Leave out evidence without a date (absent: undated evidence counts, whatever the range). */
  hideUndated?: boolean;
  /** Absent: "degree" and "category", the builder's own appearance. */
  sizeBy?: SizeBy;
  colorBy?: ColorBy;
}

/** What a view state leaves visible, with the counts the filter panel shows. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** Visible edges per action. */
  edgesByAction: Map<string, number>;
  /** Visible nodes per kind and per category. */
  nodesByKind: Map<string, number>;
  nodesByCategory: Map<string, number>;
}
