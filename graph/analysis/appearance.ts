// Size and colour of the nodes by an analysis: sizes from a metric of the view, colours from communities or
// countries, with the legend that explains them. Degree and category are what the builder baked in.
import type { CountryOf } from "./country.ts";
import { detectCommunities } from "./communities.ts";
import { metricValues } from "./centrality.ts";
import { SourceTally } from "./sources.ts";
import type { AnalysisScope } from "./types.ts";

export const SIZE_BY = ["degree", "pagerank", "betweenness", "evidence", "sources"] as const;
export type SizeBy = (typeof SIZE_BY)[number];
export const COLOR_BY = ["category", "community", "country"] as const;
export type ColorBy = (typeof COLOR_BY)[number];

/**
 * Twelve hues apart for the common colour vision deficiencies (Paul Tol's muted and bright schemes, and
 * Okabe–Ito's), mid-tone so each reads on light and dark backgrounds. Groups past them share `OTHER_COLOR`.
 */
export const GROUP_COLORS = [
  "#4477AA",
  "#EE6677",
  "#228833",
  "#CCBB44",
  "#66CCEE",
  "#AA3377",
  "#E69F00",
  "#44AA99",
  "#882255",
  "#999933",
  "#6699CC",
  "#DD7788",
] as const;
export const OTHER_COLOR = "#9AA3AF";

export interface LegendEntry {
  label: string;
  color: string;
  count: number;
}

export interface NodeColors {
  colors: Map<string, string>;
  legend: LegendEntry[];
}

/** Each visible node's value for a size: a metric, the evidence behind its relations, or their articles. */
export function sizeValues(scope: AnalysisScope, by: Exclude<SizeBy, "degree">): Map<string, number> {
  if (by === "pagerank" || by === "betweenness") return metricValues(scope, by);
  if (by === "evidence") return metricValues(scope, "weightedDegree");
  const tallies = new Map<string, SourceTally>();
  for (const node of scope.nodes) tallies.set(node, new SourceTally(scope.publisherOf));
  for (const edge of scope.edges) {
    if (!scope.graph.hasEdge(edge)) continue;
    for (const node of new Set(scope.graph.extremities(edge))) tallies.get(node)?.add(scope.evidenceOf(edge));
  }
  return new Map([...tallies].map(([node, tally]) => [node, tally.count().articles]));
}

/**
 * Sizes between `min` and `max` with area proportional to the value (square root), so a node twice as
 * central covers twice the ink. Null for "degree": the builder's sizes already are.
 */
export function nodeSizes(
  scope: AnalysisScope,
  by: SizeBy,
  range: { min: number; max: number },
): Map<string, number> | null {
  if (by === "degree") return null;
  const values = sizeValues(scope, by);
  let top = 0;
  for (const value of values.values()) top = Math.max(top, value);
  const sizes = new Map<string, number>();
  for (const [node, value] of values) {
    const share = top > 0 ? Math.sqrt(Math.max(0, value) / top) : 0;
    sizes.set(node, Math.round((range.min + share * (range.max - range.min)) * 100) / 100);
  }
  return sizes;
}

/** The smallest and biggest size the builder gave, the range analysis sizes keep to. */
export function bakedSizeRange(scope: AnalysisScope): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  scope.graph.forEachNode((_node, attributes) => {
    if (!Number.isFinite(attributes.size)) return;
    min = Math.min(min, attributes.size);
    max = Math.max(max, attributes.size);
  });
  if (!Number.isFinite(min) || max - min < 4) return { min: 4, max: 18 };
  return { min, max };
}

function groupColors(
  groups: [label: string, nodes: string[]][],
  unknown?: { label: string; nodes: string[] },
): NodeColors {
  const colors = new Map<string, string>();
  const legend: LegendEntry[] = [];
  let others = 0;
  groups.forEach(([label, nodes], index) => {
    const color = GROUP_COLORS[index] ?? OTHER_COLOR;
    for (const node of nodes) colors.set(node, color);
    if (index < GROUP_COLORS.length) legend.push({ label, color, count: nodes.length });
    else others += nodes.length;
  });
  if (others > 0)
    legend.push({ label: `${groups.length - GROUP_COLORS.length} more`, color: OTHER_COLOR, count: others });
  if (unknown && unknown.nodes.length > 0) {
    for (const node of unknown.nodes) colors.set(node, OTHER_COLOR);
    legend.push({ label: unknown.label, color: OTHER_COLOR, count: unknown.nodes.length });
  }
  return { colors, legend };
}

/** Colours by Louvain community, the biggest first; a community is named after its best connected member. */
export function communityColors(scope: AnalysisScope, seed?: number): NodeColors {
  const { members } = detectCommunities(scope, seed);
  const degree = metricValues(scope, "degree");
  const label = (node: string) => scope.graph.getNodeAttribute(node, "label") ?? node;
  return groupColors(
    members.map((nodes) => {
      const hub = [...nodes].sort(
        (a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || label(a).localeCompare(label(b)),
      )[0]!;
      return [nodes.length > 1 ? `${label(hub)} +${nodes.length - 1}` : label(hub), nodes];
    }),
  );
}

/** Colours by country where the lexicon knows it, the country with most nodes first; the rest grey. */
export function countryColors(scope: AnalysisScope, countryOf: CountryOf): NodeColors {
  const byCountry = new Map<string, string[]>();
  const unknown: string[] = [];
  for (const node of scope.nodes) {
    if (!scope.graph.hasNode(node)) continue;
    const attributes = scope.graph.getNodeAttributes(node);
    const country = countryOf(attributes.label ?? node, attributes.aliases ?? []);
    if (!country) unknown.push(node);
    else (byCountry.get(country) ?? byCountry.set(country, []).get(country)!).push(node);
  }
  const groups = [...byCountry].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return groupColors(groups, { label: "country unknown", nodes: unknown });
}
