// App-side colours for actions and categories, until the builder's graph/palette.ts is there to share.
// Chosen to stay readable on the light and the dark background alike (mid lightness, distinct hues).

export const ACTION_COLORS: Readonly<Record<string, string>> = {
  blocks: "#d43d3d",
  restricts: "#e8891c",
  bans: "#a3224a",
  accuses: "#8e5bd1",
  criticizes: "#d35fb7",
  promotes: "#2f9e5b",
  mandates: "#9c6b3c",
  fines: "#c9a21a",
  owns: "#4f7fc4",
  founded: "#2aa1a9",
  represents: "#7d8a99",
  modeled_on: "#8a9a3a",
  alternative_to: "#3fb5d9",
};

export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  government: "#d9534f",
  company: "#3b82c4",
  person: "#e0a030",
  group: "#9467bd",
  media: "#17a2a2",
  messenger: "#2fa866",
  "social network": "#5b6ee1",
  video: "#e0607e",
};

const FALLBACK = ["#6b8e23", "#b5651d", "#4682b4", "#c71585", "#20b2aa", "#8b7d6b", "#708090", "#bc8f8f"];

function hashIndex(text: string, modulo: number): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash % modulo;
}

export function actionColor(action: string): string {
  return ACTION_COLORS[action] ?? FALLBACK[hashIndex(action, FALLBACK.length)]!;
}

export function categoryColor(category: string): string {
  return CATEGORY_COLORS[category] ?? FALLBACK[hashIndex(category, FALLBACK.length)]!;
}
