// The analysis of what the explorer shows: the scope (current view), the sizes and colours the view asks
// for with their legend, and the paths between two nodes. Each is computed when its input changes only.
import { useEffect, useMemo, useState } from "react";
import {
  analysisScope,
  bakedSizeRange,
  communityColors,
  countryColors,
  nodeSizes,
  pathElements,
  shortestPaths,
  type AnalysisScope,
  type Connections,
  type CountryOf,
  type NodeColors,
} from "../../graph/analysis/index.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import type { Highlight } from "../sigma/display.ts";
import { loadCountryIndex } from "./countries.ts";

export interface Analysis {
  scope: AnalysisScope;
  sizes: Map<string, number> | null;
  /** Colours and their legend, null for the builder's (by category) or while the lexicon loads. */
  colors: NodeColors | null;
  connections: Connections | null;
  pathHighlight: Highlight | null;
}

/** How many paths "How are A and B connected" lists. */
export const PATHS_SHOWN = 5;

export function useAnalysis(graph: NewsGraph, view: ViewState, visibility: Visibility): Analysis {
  const { articles, hiddenModalities, from: since, to: until, hideUndated } = view;
  const scope = useMemo(
    () =>
      analysisScope(graph, visibility, { articles, hiddenModalities, from: since, to: until, hideUndated }),
    // The visibility already follows the filters; the evidence filters decide which sentences count.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, visibility],
  );
  const sizeBy = view.sizeBy ?? "degree";
  const colorBy = view.colorBy ?? "category";
  const range = useMemo(() => bakedSizeRange(scope), [scope]);
  const sizes = useMemo(() => nodeSizes(scope, sizeBy, range), [scope, sizeBy, range]);

  const [countryOf, setCountryOf] = useState<CountryOf | null>(null);
  useEffect(() => {
    if (colorBy !== "country" || countryOf) return;
    let cancelled = false;
    void loadCountryIndex().then((index) => {
      if (!cancelled) setCountryOf(() => index);
    });
    return () => {
      cancelled = true;
    };
  }, [colorBy, countryOf]);
  const colors = useMemo(() => {
    if (colorBy === "community") return communityColors(scope);
    if (colorBy === "country") return countryOf ? countryColors(scope, countryOf) : null;
    return null;
  }, [scope, colorBy, countryOf]);

  const from = view.path?.from;
  const to = view.path?.to;
  const directed = view.path?.directed ?? false;
  const connections = useMemo(
    () => (from && to ? shortestPaths(scope, from, to, { k: PATHS_SHOWN, directed }) : null),
    [scope, from, to, directed],
  );
  const pathHighlight = useMemo(
    () => (connections && connections.paths.length > 0 ? pathElements(connections.paths) : null),
    [connections],
  );
  return { scope, sizes, colors, connections, pathHighlight };
}
