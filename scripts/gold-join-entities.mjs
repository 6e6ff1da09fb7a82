#!/usr/bin/env node
// Joins entities of a gold file that name one and the same thing under two names ("Shou Chew" and
// "Shou Zi Chew", "Critics" and "critics"): the second name's triples point at the first, and its
// aliases join the first's. Only the entity registry changes; no triple is added or removed.
//
//   node scripts/gold-join-entities.mjs <gold.json> "<keep>=<join>" ["<keep>=<join>" …]
//
// The file is rewritten in place (temp file and rename), two-space JSON as the gold files are.
import { readFileSync, renameSync, writeFileSync } from "node:fs";

const [path, ...pairs] = process.argv.slice(2);
if (!path || pairs.length === 0)
  throw new Error('usage: gold-join-entities.mjs <gold.json> "<keep>=<join>" …');
const gold = JSON.parse(readFileSync(path, "utf8"));

for (const pair of pairs) {
  const [keep, join] = pair.split("=");
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

const tmp = `${path}.tmp`;
writeFileSync(tmp, JSON.stringify(gold, null, 2) + "\n");
renameSync(tmp, path);
