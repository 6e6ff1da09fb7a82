// Colours the explorer draws with, from the builder's shared palette (graph/palette.ts).
import { ACTION_COLORS, CATEGORY_COLORS, KIND_COLORS } from "../../graph/palette.ts";

const FALLBACK = "#888888";

export function actionColor(action: string): string {
  return (ACTION_COLORS as Readonly<Record<string, string>>)[action] ?? FALLBACK;
}

/** A category's colour; categories the palette does not know take their kind's colour. */
export function categoryColor(category: string, kind?: string): string {
  return (
    CATEGORY_COLORS[category] ??
    (kind ? (KIND_COLORS as Readonly<Record<string, string>>)[kind] : undefined) ??
    FALLBACK
  );
}
