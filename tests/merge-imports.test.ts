// The merge step (the reduce of a build) needs the graph model and data, never the NLP libraries
// the extractor loads, and neither it nor the extractor may need Node's built-ins (the browser runs both): a bundle or a batch engine that runs only the merge stays small. Walks the
// static imports from graph/merge/index.ts.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(/^(?:import|export)\s(?:[^;]*?from\s+)?"([^"]+)"/gms)].map((m) => m[1]!);
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [resolve(entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith(".")) {
        const target = resolve(dirname(file), spec);
        if (target.endsWith(".ts")) todo.push(target);
      } else
        packages.add(
          spec
            .split("/")
            .slice(0, spec.startsWith("@") ? 2 : 1)
            .join("/"),
        );
    }
  }
  return { files, packages };
}

describe("the merge step's imports", () => {
  it("reach no NLP library and nothing of the extractor", () => {
    const { files, packages } = reachable("graph/merge/index.ts");
    expect(files.size).toBeGreaterThan(3);
    expect([...packages].filter((p) => /wink|compromise/.test(p))).toEqual([]);
    expect([...files].filter((f) => f.includes("/graph/extract/"))).toEqual([]);
  });
  it("reach none of Node's built-ins, from the merge nor from the extractor, which the browser runs too", () => {
    for (const entry of ["graph/merge/index.ts", "graph/extract/index.ts"]) {
      const { packages } = reachable(entry);
      expect([...packages].filter((p) => p.startsWith("node:"))).toEqual([]);
    }
  });
});
