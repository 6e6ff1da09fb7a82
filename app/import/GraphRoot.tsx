// Renders the explorer for the current graph of the store; a new graph remounts it.
import { App } from "../App.tsx";
import { useGraphSlot } from "./graphStore.ts";

export function GraphRoot() {
  const slot = useGraphSlot();
  if (!slot) return null;
  return <App key={slot.version} graph={slot.graph} />;
}
