import { hash32 } from "../hash.ts";

/** Letters that Unicode does not decompose into ASCII plus a mark. */
const FOLDED: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Stable node key for a canonical label: lowercase ASCII, diacritics folded, apostrophes dropped,
 * other non-alphanumerics → "-" (`Russian government` → `russian-government`, `Roskomnadzor’s` → `roskomnadzors`).
 * A label with no Latin letters or digits gets a hash-based key, so it still has one.
 */
export function slugify(label: string): string {
  const slug = label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || `entity-${hash32(label).toString(16).padStart(8, "0")}`;
}
