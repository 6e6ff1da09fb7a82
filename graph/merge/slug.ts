import { hash32 } from "../hash.ts";
import { isReservedKey } from "../import/safeKeys.ts";

/** Letters that Unicode does not decompose into ASCII plus a mark. */
const FOLDED = new Map([
  ["ß", "ss"],
  ["æ", "ae"],
  ["œ", "oe"],
  ["ø", "o"],
  ["ł", "l"],
  ["đ", "d"],
  ["ð", "d"],
  ["þ", "th"],
  ["ı", "i"],
]);

/**
 * Stable node key for a canonical label: lowercase ASCII, diacritics folded, apostrophes dropped,
 * other non-alphanumerics → "-" (`Russian government` → `russian-government`, `Roskomnadzor’s` → `roskomnadzors`).
 * A label with no Latin letters or digits gets a hash-based key, so it still has one. A slug that is a name
 * every JavaScript object has (`Constructor` → `constructor`) gets a trailing "_", which no other slug has:
 * as a node key it would corrupt graphology's adjacency and the explorer (graph/import/safeKeys.ts).
 */
export function slugify(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDED.get(c) ?? c)
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (isReservedKey(slug)) return `${slug}_`;
  return slug || `entity-${hash32(label).toString(16).padStart(8, "0")}`;
}
