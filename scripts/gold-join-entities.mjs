#!/usr/bin/env node
// Joins entities of a gold file that name one and the same thing under two names ("Shou Chew" and
// "Shou Zi Chew", "Critics" and "critics"): the second name's triples point at the first, and its
// aliases join the first's. Only the entity registry changes; no triple is added or removed.
//
//   node scripts/gold-join-entities.mjs <gold.json> "<keep>=<join>" ["<keep>=<join>@<article>" …]
//
// With "@<article>", only that article's triples move, to a name made for them if need be: for one
// name that several countries' bodies were recorded under.
// The file is rewritten in place (temp file and rename), two-space JSON as the gold files are.
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const [path, ...pairs] = process.argv.slice(2);
if (!path || pairs.length === 0)
  throw new Error('usage: gold-join-entities.mjs <gold.json> "<keep>=<join>" …');
const gold = JSON.parse(readFileSync(path, "utf8"));

for (const pair of pairs) {
  const [names, article] = pair.split("@");
  const [keep, join] = names.split("=");
  if (article) {
    renameIn(article, keep, join);
    continue;
  }
  const kept = gold.entities[keep];
  const joined = gold.entities[join];
  if (!kept || !joined) throw new Error(`${path}: no entity named "${!kept ? keep : join}"`);
  if (kept.kind !== joined.kind) throw new Error(`${path}: "${keep}" and "${join}" are of different kinds`);
  kept.aliases = [...new Set([...(kept.aliases ?? []), join, ...(joined.aliases ?? [])])];
  delete gold.entities[join];
  for (const triples of Object.values(gold.articles))
    for (const t of triples) for (const k of ["subject", "object"]) if (t[k] === join) t[k] = keep;
  // two triples that now say the same thing in one article are one
  for (const [article, triples] of Object.entries(gold.articles)) {
    const seen = new Set();
    gold.articles[article] = triples.filter((t) => {
      const key = JSON.stringify([t.subject, t.action, t.object, t.quote, !!t.optional]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/**
 * "<keep>=<join>@<article>": in that article only, the name that several countries' bodies shared
 * ("Interior Ministry") becomes that country's own; a new entity is made for it if need be, and
 * the shared one goes once no triple uses it.
 */
function renameIn(article, keep, join) {
  const triples = gold.articles[article];
  const shared = gold.entities[join];
  if (!triples || !shared) throw new Error(`${path}: no article "${article}" or entity "${join}"`);
  gold.entities[keep] ??= { kind: shared.kind, category: shared.category, aliases: [keep] };
  for (const t of triples) for (const k of ["subject", "object"]) if (t[k] === join) t[k] = keep;
  const used = Object.values(gold.articles).some((ts) =>
    ts.some((t) => t.subject === join || t.object === join),
  );
  if (!used) delete gold.entities[join];
}

const tmp = `${path}.tmp`;
writeFileSync(tmp, JSON.stringify(gold, null, 2) + "\n");
renameSync(tmp, path);
