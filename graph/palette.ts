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

/**
 * `table[key]` when the table itself has that key: categories, kinds and actions come from graph files,
 * and a plain lookup of "constructor" or "__proto__" would answer with what every object inherits.
 */
function own(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The palette's colour of a category, else of its kind, else of actors. */
export function categoryColor(kind: Kind | string, category: string): string {
  return own(CATEGORY_COLORS, category) ?? own(KIND_COLORS, kind) ?? KIND_COLORS.actor;
}

/** The colour of a category or a kind the palette knows, else undefined. */
export function paletteCategoryColor(category: string): string | undefined {
  return own(CATEGORY_COLORS, category);
}

export function paletteKindColor(kind: string): string | undefined {
  return own(KIND_COLORS, kind);
}

/** The colour of an action the palette knows, else undefined (actions from other tools). */
export function paletteActionColor(action: string): string | undefined {
  return own(ACTION_COLORS, action);
}

/**
 * Edges have their own colours, none close to a node category's (a line and a disc of one colour read as
 * one thing), chosen so that every pair stays apart with each common colour vision deficiency too
 * (tests/palette.test.ts measures it). Families by hue: coercion red to sand, rhetoric violet, support
 * green, structure blue to brown.
 */
export const ACTION_COLORS: Readonly<Record<Action, string>> = {
  blocks: "#FF1100", // red
  bans: "#992200", // brick
  restricts: "#FF8822", // tangerine
  fines: "#BBAA77", // sand
  mandates: "#BB8888", // dusty rose
  accuses: "#7700FF", // violet
  criticizes: "#BB66FF", // lilac
  promotes: "#558800", // leaf green
  owns: "#335588", // navy
  founded: "#00AABB", // turquoise
  represents: "#337788", // petrol
  modeled_on: "#667755", // sage
  alternative_to: "#665533", // umber
};
