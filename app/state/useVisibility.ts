// What the view's filters leave visible, recomputed only when they change (not the selection, the camera,
// the paths shown, the appearance or the picked nodes), and taken from the first paint when it matches.
import { useMemo } from "react";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { computeVisibility } from "../../graph/view/visibility.ts";
import { filtersKey, preloadedVisibility } from "../sigma/preload.ts";

export function useVisibility(graph: NewsGraph, view: ViewState): Visibility {
  const key = filtersKey(view);
  // The key stands for the view's filters, so the view itself is no dependency.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => preloadedVisibility(graph, view) ?? computeVisibility(graph, view), [graph, key]);
}
