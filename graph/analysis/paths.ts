// How are A and B connected: the shortest paths between two nodes of the view (graphology-shortest-path),
// each as a chain of hops, every hop with the relations that make it and their evidence.
import { brandes } from "graphology-shortest-path/unweighted";
import type { Evidence } from "../types.ts";
import { actionLabel } from "../view/relations.ts";
import { simpleProjection } from "./projection.ts";
import { edgeSources } from "./sources.ts";
import type { AnalysisScope, SourceCount } from "./types.ts";

export interface PathLink {
  edge: string;
  source: string;
  target: string;
  action: string;
  /** True when the relation points along the path (from the hop's start to its end). */
  forward: boolean;
  evidence: readonly Evidence[];
}

export interface PathHop {
  from: string;
  to: string;
  /** Every visible relation between the two (in a directed search, only those pointing along the path). */
  links: PathLink[];
}

export interface ConnectionPath {
  nodes: string[];
  hops: PathHop[];
  /** Sources behind all the path's relations. */
  sources: SourceCount;
}

export interface Connections {
  /** Up to k of the shortest paths, best backed first; empty when the two are not connected in the view. */
  paths: ConnectionPath[];
  /** How many shortest paths there are in all (k of them are listed). */
  total: number;
  /** Their length in hops (0 when none). */
  length: number;
}

export interface PathOptions {
  /** How many paths to list at most (default 5). */
  k?: number;
  /** Follow relations only from subject to object (default false: either way). */
  directed?: boolean;
}

/** Enough shortest paths to choose the best backed k among, on graphs where they multiply. */
const ENUMERATED_AT_MOST = 500;

export function shortestPaths(
  scope: AnalysisScope,
  from: string,
  to: string,
  options: PathOptions = {},
): Connections {
  const k = Math.max(1, options.k ?? 5);
  const directed = options.directed ?? false;
  const none: Connections = { paths: [], total: 0, length: 0 };
  if (from === to || !scope.nodes.has(from) || !scope.nodes.has(to)) return none;
  const projection = simpleProjection(scope, directed ? "directed" : "undirected");
  if (!projection.hasNode(from) || !projection.hasNode(to)) return none;
  const [, predecessors, counts] = brandes(projection, from);
  const total = counts[to] ?? 0;
  if (total === 0) return none;

  // Walk the predecessor lists back from `to`, in a fixed order so the same view gives the same paths.
  const sequences: string[][] = [];
  const walk = (node: string, suffix: string[]) => {
    if (sequences.length >= ENUMERATED_AT_MOST) return;
    if (node === from) {
      sequences.push([from, ...suffix]);
      return;
    }
    for (const previous of [...(predecessors[node] ?? [])].sort()) walk(previous, [node, ...suffix]);
  };
  walk(to, []);

  const paths = sequences.map((nodes) => connectionPath(scope, nodes, directed));
  paths.sort(
    (a, b) =>
      b.sources.articles - a.sources.articles ||
      b.sources.publishers - a.sources.publishers ||
      b.sources.sentences - a.sources.sentences ||
      a.nodes.join("\u0000").localeCompare(b.nodes.join("\u0000")),
  );
  return { paths: paths.slice(0, k), total, length: sequences[0]!.length - 1 };
}

function connectionPath(scope: AnalysisScope, nodes: string[], directed: boolean): ConnectionPath {
  const { graph } = scope;
  const hops: PathHop[] = [];
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i]!;
    const to = nodes[i + 1]!;
    const candidates = directed
      ? graph.outEdges(from, to)
      : [...graph.outEdges(from, to), ...graph.outEdges(to, from)];
    const links = candidates
      .filter((edge) => scope.edges.has(edge))
      .map((edge) => ({
        edge,
        source: graph.source(edge),
        target: graph.target(edge),
        action: graph.getEdgeAttribute(edge, "action"),
        forward: graph.source(edge) === from,
        evidence: scope.evidenceOf(edge),
      }))
      .sort(
        (a, b) =>
          Number(b.forward) - Number(a.forward) ||
          b.evidence.length - a.evidence.length ||
          a.action.localeCompare(b.action),
      );
    edges.push(...links.map((link) => link.edge));
    hops.push({ from, to, links });
  }
  return { nodes, hops, sources: edgeSources(scope, edges) };
}

/** The nodes and edges of some paths, to highlight them. */
export function pathElements(paths: readonly ConnectionPath[]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    for (const node of path.nodes) nodes.add(node);
    for (const hop of path.hops) for (const link of hop.links) edges.add(link.edge);
  }
  return { nodes, edges };
}

/** A path as one line: "Roskomnadzor —restricts→ Telegram ←founded— Pavel Durov". */
export function pathText(scope: AnalysisScope, path: ConnectionPath): string {
  const label = (node: string) => scope.graph.getNodeAttribute(node, "label") ?? node;
  let text = label(path.nodes[0]!);
  for (const hop of path.hops) {
    const forward = hop.links.filter((l) => l.forward).map((l) => actionLabel(l.action));
    const backward = hop.links.filter((l) => !l.forward).map((l) => actionLabel(l.action));
    const arrows = [
      ...(forward.length > 0 ? [`—${forward.join(", ")}→`] : []),
      ...(backward.length > 0 ? [`←${backward.join(", ")}—`] : []),
    ];
    text += ` ${arrows.join(" ")} ${label(hop.to)}`;
  }
  return text;
}
