// Colours the explorer draws with, from the builder's shared palette (graph/palette.ts), looked up by own
// keys only: an action or a category named "constructor" is a colour the palette lacks, not a function.
import { paletteActionColor, paletteCategoryColor, paletteKindColor } from "../../graph/palette.ts";

const FALLBACK = "#888888";

export function actionColor(action: string): string {
  return paletteActionColor(action) ?? FALLBACK;
}

/** A category's colour; categories the palette does not know take their kind's colour. */
export function categoryColor(category: string, kind?: string): string {
  return paletteCategoryColor(category) ?? (kind ? paletteKindColor(kind) : undefined) ?? FALLBACK;
}
