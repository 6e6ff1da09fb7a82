// Light and dark schemes for what sigma draws on its canvases (the rest is CSS, app/styles.css).
import { useSyncExternalStore } from "react";

export interface Theme {
  scheme: "light" | "dark";
  text: string;
  /** Outline drawn around labels so they stay legible over edges. */
  halo: string;
  panel: string;
  /** Nodes and edges pushed to the background by a hover or a selection. */
  dimNode: string;
  dimEdge: string;
  selectionRing: string;
}

export const LIGHT: Theme = {
  scheme: "light",
  text: "#1d2430",
  halo: "rgba(255,255,255,0.92)",
  panel: "#ffffff",
  dimNode: "#d9dde3",
  dimEdge: "#e6e9ee",
  selectionRing: "#1d2430",
};

export const DARK: Theme = {
  scheme: "dark",
  text: "#e8ecf2",
  halo: "rgba(17,21,28,0.92)",
  panel: "#1f2530",
  dimNode: "#394150",
  dimEdge: "#2a303b",
  selectionRing: "#ffffff",
};

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

/** The scheme the browser prefers right now (outside React). */
export function currentTheme(): Theme {
  return typeof window !== "undefined" && window.matchMedia(QUERY).matches ? DARK : LIGHT;
}

export function useTheme(): Theme {
  const dark = useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
  return dark ? DARK : LIGHT;
}
