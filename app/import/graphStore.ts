// The graph the explorer shows, replaceable at run time: opening a graph file or adding articles swaps it
// (App remounts on the new version, so every memo and the sigma instance start from the new graph).
import { useSyncExternalStore } from "react";
import type { NewsGraph } from "../../graph/types.ts";
import { notify } from "../notices/store.ts";

export interface RecentAdditions {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The article(s) they came from, for the "Added …" notice and its reader link. */
  articles: { id: string; title: string }[];
}

interface GraphSlot {
  graph: NewsGraph;
  version: number;
  /** Set after articles were added, so the new nodes and edges can be highlighted for a moment. */
  added: RecentAdditions | null;
  /** Set after a graph file was opened. */
  openedFile: string | null;
}

let slot: GraphSlot | null = null;
const listeners = new Set<() => void>();

export function setGraph(
  graph: NewsGraph,
  details: {
    added?: RecentAdditions;
    openedFile?: string;
    /** What the import did: posted to the notice stack (app/notices), which outlives the remount. */
    notice?: { message: string; article?: { id: string; title: string } };
  } = {},
): void {
  slot = {
    graph,
    version: (slot?.version ?? 0) + 1,
    added: details.added ?? null,
    openedFile: details.openedFile ?? null,
  };
  if (details.notice) notify({ kind: "info", ...details.notice });
  for (const listener of listeners) listener();
}

export function currentGraphSlot(): GraphSlot | null {
  return slot;
}

export function useGraphSlot(): GraphSlot | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => slot,
  );
}
