// CAMEO event codes per action, read from the action lexicon (graph/lexicon/actions.json). A module of
// its own so that the merge step, and any bundle that imports it, needs the data and not the NLP
// libraries the extractor loads.
import actionsData from "./lexicon/actions.json" with { type: "json" };
import type { Action } from "./types.ts";

/** CAMEO event code per action; null for structural relations. */
export const CAMEO = Object.fromEntries(
  Object.entries(actionsData.actions).map(([a, v]) => [a, v.cameo]),
) as Record<Action, string | null>;
