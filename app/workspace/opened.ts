// The graph file opened in the page, kept for the workspace: on the next visit it is shown again instead
// of the site's graph (until the workspace is cleared).
let opened: { name: string; graph: object } | null = null;
const listeners = new Set<() => void>();

export function openedGraph(): { name: string; graph: object } | null {
  return opened;
}

export function onOpenedChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function rememberOpenedGraph(name: string, graph: object | null, quiet = false): void {
  opened = graph ? { name, graph } : null;
  if (!quiet) for (const listener of listeners) listener();
}
