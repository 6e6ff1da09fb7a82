// Search over node labels and aliases, ranked: exact > prefix > word prefix > substring, label before alias,
// then the more mentioned / connected node first.
import type { NewsGraph } from "./types.ts";

export interface SearchEntry {
  node: string;
  label: string;
  kind: string;
  category: string;
  /** Normalised label first, then normalised aliases. */
  names: string[];
  /** Original surface forms, parallel to `names`. */
  surfaces: string[];
  weight: number;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface SearchResult {
  node: string;
  label: string;
  kind: string;
  category: string;
  /** The alias that matched when it is not the label ("Kremlin" for the Russian government). */
  alias: string | null;
  score: number;
}

/** Lower case, accents removed, curly quotes straightened, whitespace collapsed. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function buildSearchIndex(graph: NewsGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((node, attributes) => {
    const surfaces: string[] = [];
    const names: string[] = [];
    for (const surface of [attributes.label ?? node, ...(attributes.aliases ?? [])]) {
      const name = normalizeName(surface);
      if (name && !names.includes(name)) {
        names.push(name);
        surfaces.push(surface);
      }
    }
    entries.push({
      node,
      label: attributes.label ?? node,
      kind: attributes.kind,
      category: attributes.category,
      names,
      surfaces,
      weight: (attributes.mentions ?? 0) + graph.degree(node),
    });
  });
  return { entries };
}

/** An index built on first use, so opening a big graph does not wait for it. */
export function lazySearchIndex(graph: NewsGraph): SearchIndex {
  let entries: SearchEntry[] | null = null;
  return {
    get entries() {
      entries ??= buildSearchIndex(graph).entries;
      return entries;
    },
  };
}

/** Rank of `name` for `query` (lower is better), or -1 when it does not match. */
function matchRank(name: string, query: string): number {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const at = name.indexOf(query);
  if (at < 0) return -1;
  // A word of the name starts with the query ("peskov" in "dmitry peskov", "kremlin" in "the kremlin").
  if (/[^\p{L}\p{N}]/u.test(name.charAt(at - 1))) return 2;
  return 3;
}

export function search(index: SearchIndex, rawQuery: string, limit = 10): SearchResult[] {
  const query = normalizeName(rawQuery);
  if (!query) return [];
  const results: (SearchResult & { weight: number })[] = [];
  for (const entry of index.entries) {
    let best = -1;
    let bestAt = 0;
    for (let i = 0; i < entry.names.length; i++) {
      const rank = matchRank(entry.names[i]!, query);
      if (rank < 0) continue;
      // Label matches rank before alias matches of the same quality.
      const score = rank * 2 + (i === 0 ? 0 : 1);
      if (best < 0 || score < best) {
        best = score;
        bestAt = i;
      }
    }
    if (best < 0) continue;
    results.push({
      node: entry.node,
      label: entry.label,
      kind: entry.kind,
      category: entry.category,
      alias: bestAt === 0 ? null : entry.surfaces[bestAt]!,
      score: best,
      weight: entry.weight,
    });
  }
  results.sort((a, b) => a.score - b.score || b.weight - a.weight || a.label.localeCompare(b.label));
  return results.slice(0, limit).map(({ weight: _weight, ...result }) => result);
}
