// Whether the timeline strip is open: a toolbar toggle, open from the start when the link sets a time
// filter. Offered only when the graph has dated evidence (older graphs have none).
import { useMemo, useState } from "react";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import { timeFilterOn } from "../../graph/view/visibility.ts";

export function useTimelineToggle(graph: NewsGraph, view: ViewState) {
  const available = useMemo(() => graph.someEdge((_edge, a) => typeof a.firstSeen === "string"), [graph]);
  const [open, setOpen] = useState(() => timeFilterOn(view));
  return { available, open: available && open, toggle: () => setOpen((o) => !o) };
}
