// Keys a graph file may not use. graphology keeps a multigraph's adjacency in plain objects keyed by node,
// and sigma caches display data in plain objects keyed by node and edge: a key that every object already
// has ("__proto__", "constructor", "toString", …) corrupts them, and "__proto__" pollutes Object.prototype
// itself. Such keys are refused at import, before any graph is built from them.

/** The names every plain object answers to, and "prototype" (a function's). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  "prototype",
]);

export function isReservedKey(key: string): boolean {
  return RESERVED_KEYS.has(key);
}

/** The one-line reason a file is refused: `the node key "__proto__" is not allowed (…)`. */
export function reservedKeyProblem(what: string, key: string): string {
  return `${what} "${key}" is not allowed (names such as __proto__, constructor and prototype are reserved)`;
}

/**
 * A copy of a record with only its own, non-reserved keys, for objects kept whole from a file (the
 * build options): spread or assigned later, an own "__proto__" key would change the copy's prototype.
 */
export function safeRecord(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !isReservedKey(key)));
}
