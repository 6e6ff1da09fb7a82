// Colors shared by the builder (node colors baked into the graph JSON) and the explorer (legend,
// edges). Hues from the Okabe–Ito and Paul Tol palettes, which stay apart for the common forms of
// colour blindness; mid-tone so each reads on a white and on a near-black background.
// Actors are warm, platforms cool, so kind shows even where two categories look alike.
import type { Action, Kind } from "./types.ts";

export const CATEGORY_COLORS: Readonly<Record<string, string>> = {
  // actors
  government: "#D55E00", // vermillion
  company: "#E69F00", // orange
  person: "#CC79A7", // reddish purple
  group: "#AA4499", // purple
  media: "#EE3377", // magenta
  // platforms
  messenger: "#0077BB", // blue
  "social network": "#33BBEE", // cyan
  video: "#009E73", // bluish green
  search: "#44AA99", // teal
  email: "#6699CC", // steel blue
  service: "#117733", // green
  "app store": "#7766CC", // indigo
  vpn: "#999933", // olive
  encyclopedia: "#88AA55", // moss
};

/** For categories the palette does not know yet. */
export const KIND_COLORS: Readonly<Record<Kind, string>> = {
  actor: "#BB8866", // muted brown
  platform: "#7799AA", // muted slate
};

export function categoryColor(kind: Kind, category: string): string {
  return CATEGORY_COLORS[category] ?? KIND_COLORS[kind] ?? KIND_COLORS.actor;
}

/** Coercive actions in reds, rhetoric in purples, support in greens, structure in blues and greys. */
export const ACTION_COLORS: Readonly<Record<Action, string>> = {
  blocks: "#CC3311", // red
  bans: "#882255", // wine
  restricts: "#EE7733", // orange
  fines: "#DDAA33", // gold
  mandates: "#BB5566", // rose
  accuses: "#AA4499", // purple
  criticizes: "#CC79A7", // pink
  promotes: "#009E73", // green
  owns: "#0077BB", // blue
  founded: "#33BBEE", // cyan
  represents: "#44AA99", // teal
  modeled_on: "#999933", // olive
  alternative_to: "#888888", // grey
};
