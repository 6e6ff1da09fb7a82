#!/usr/bin/env node
// Merges per-article gold files ({ entities, articles }, one article each, as annotators write them)
// into one gold file in the format of tests/fixtures/seed-gold.json.
//
//   node scripts/gold-merge.mjs <folder of per-article gold files> > gold.json
//
// Entities of the same name are one. Within one event (articles named <event>_<style>), entities
// that share a proper-name alias are one too ("Meta" and "Meta Platforms"), merged under the name
// used most; across events a shared alias proves nothing ("Interior Ministry", "Senate"). An alias
// that would still point at two entities is dropped, since the scorer could then match a node to
// the wrong one.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const VOCABULARY = [
  "blocks",
  "restricts",
  "bans",
  "fines",
  "accuses",
  "criticizes",
  "promotes",
  "mandates",
  "owns",
  "founded",
  "represents",
  "modeled_on",
  "alternative_to",
];

export const norm = (s) =>
  String(s)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/^the\s+/, "")
    .replace(/'s$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A proper-name alias identifies its entity; a description does not, even one that starts with a
 * name ("the U.S.-based service" may be Signal or Discord): after a determiner, a name ends in a
 * capitalised word ("the European Union").
 */
const isName = (alias) => {
  const bare = alias.replace(/^(?:the|a|an|its|their)\s+/i, "");
  if (bare !== alias) return /^\p{Lu}/u.test(bare.split(/\s+/).at(-1) ?? "");
  return /\p{Lu}/u.test(bare.slice(0, 1)) || /\p{Lu}{2}/u.test(alias);
};

export function mergeGold(files) {
  const entities = new Map(); // canonical -> {kind, category, aliases:Set, uses, events:Set}
  const articles = {};
  for (const g of files) {
    const events = Object.keys(g.articles ?? {}).map((a) => a.replace(/_[^_]+\.txt$/, ""));
    for (const [name, e] of Object.entries(g.entities ?? {})) {
      const cur = entities.get(name) ?? {
        kind: e.kind,
        category: e.category,
        aliases: new Set(),
        uses: 0,
        events: new Set(),
      };
      for (const a of [name, ...(e.aliases ?? [])]) cur.aliases.add(a);
      for (const ev of events) cur.events.add(ev);
      entities.set(name, cur);
    }
    for (const [article, triples] of Object.entries(g.articles ?? {})) {
      articles[article] = triples;
      for (const t of triples)
        for (const k of ["subject", "object"]) if (entities.has(t[k])) entities.get(t[k]).uses++;
    }
  }
  // union entities that share a proper-name alias
  const parent = new Map([...entities.keys()].map((k) => [k, k]));
  const find = (k) => (parent.get(k) === k ? k : find(parent.get(k)));
  const byAlias = new Map();
  for (const [name, e] of entities)
    for (const ev of e.events)
      for (const a of e.aliases) {
        if (!isName(a)) continue;
        const n = `${ev}\n${norm(a)}`;
        const other = byAlias.get(n);
        if (other && find(other) !== find(name)) parent.set(find(name), find(other));
        else byAlias.set(n, name);
      }
  const groups = new Map();
  for (const name of entities.keys()) {
    const root = find(name);
    groups.set(root, [...(groups.get(root) ?? []), name]);
  }
  const canonical = new Map();
  const merged = new Map();
  for (const names of groups.values()) {
    names.sort((a, b) => entities.get(b).uses - entities.get(a).uses || a.localeCompare(b));
    const head = names[0];
    const aliases = new Set();
    for (const n of names) {
      canonical.set(n, head);
      for (const a of entities.get(n).aliases) aliases.add(a);
    }
    merged.set(head, { kind: entities.get(head).kind, category: entities.get(head).category, aliases });
  }
  // descriptive aliases shared by two entities are dropped
  const owners = new Map();
  for (const [name, e] of merged)
    for (const a of e.aliases) owners.set(norm(a), new Set([...(owners.get(norm(a)) ?? []), name]));
  const outEntities = {};
  for (const name of [...merged.keys()].sort()) {
    const e = merged.get(name);
    const aliases = [...e.aliases].filter((a) => norm(a) === norm(name) || owners.get(norm(a)).size === 1);
    outEntities[name] = { kind: e.kind, category: e.category, aliases: [...new Set(aliases)].sort() };
  }
  const outArticles = {};
  for (const article of Object.keys(articles).sort())
    outArticles[article] = articles[article].map((t) => ({
      ...t,
      subject: canonical.get(t.subject) ?? t.subject,
      object: canonical.get(t.object) ?? t.object,
    }));
  return { vocabulary: VOCABULARY, entities: outEntities, articles: outArticles };
}

export function readGoldFolder(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: gold-merge.mjs <folder of per-article gold files>");
  console.log(JSON.stringify(mergeGold(readGoldFolder(dir)), null, 2));
}
