// The builder's version for records and the cache: a hash of what decides an article's extraction,
// the extractor's own source, every module and data file it imports (the lexicon JSON included), and the
// versions of the npm packages it imports. The extractor changes often; a version number bumped by hand
// would be forgotten, and a cache that outlives a rule change would lie. Node only (reads the sources).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { byCodeUnit } from "../order.ts";
import { RECORD_VERSION } from "./format.ts";

/** Where extraction starts: the extractor's public entry and the one function the builder calls it through. */
const ENTRIES = ["../extract/index.ts", "../workers/protocol.ts"].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

/** Static imports and re-exports at the start of a line, side-effect imports, and dynamic `import("…")`. */
const SPECIFIER =
  /^\s*(?:(?:import|export)\b[^"'`;]*?\bfrom\s*|import\s*)["']([^"'\n]+)["']|\bimport\(\s*["']([^"'\n]+)["']\s*\)/gm;

let memo: string | undefined;

/** 16 hex digits; the same on every machine with the same checkout and packages. */
export function builderVersion(): string {
  return (memo ??= sourceHash(ENTRIES));
}

/**
 * Hash of the files reachable from `entries` by relative imports (path, relative to the first entry's
 * parent folder, and content) and of the versions of the packages they import by name.
 */
export function sourceHash(entries: readonly string[]): string {
  const base = path.dirname(path.dirname(entries[0]!));
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const content = readOrMissing(file);
    files.set(file, content);
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    for (const match of content.matchAll(SPECIFIER)) {
      const specifier = (match[1] ?? match[2])!;
      if (specifier.startsWith(".")) pending.push(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith("node:")) packages.add(packageName(specifier));
    }
  }
  const hash = createHash("sha256").update(`records ${RECORD_VERSION}\n`);
  for (const file of [...files.keys()].sort(byCodeUnit)) {
    const content = files.get(file)!;
    hash.update(`${path.relative(base, file).split(path.sep).join("/")} ${content.length}\n${content}\n`);
  }
  for (const name of [...packages].sort(byCodeUnit)) hash.update(`${name}@${packageVersion(name, base)}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** A specifier that only looked like an import (in a comment) names no file: hashed as missing, not fatal. */
function readOrMissing(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "\u0000missing";
  }
}

/** `wink-nlp`, `@scope/pkg` from `@scope/pkg/sub/path`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The installed version, found the way Node finds the package: the nearest node_modules up the tree. */
function packageVersion(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "node_modules", name, "package.json"), "utf8"));
      return String((pkg as { version?: unknown }).version);
    } catch {
      if (path.dirname(dir) === dir) return "not installed";
    }
  }
}
