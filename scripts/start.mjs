// `npm start`: builds the seed articles in sources/ into public/graph.json and prints the summary.
// (The explorer will be served from here once it exists.)
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync(
  process.execPath,
  ["--import", "tsx", "graph/cli.ts", "build", "sources", "--out", "public/graph.json"],
  { cwd: root, stdio: "inherit" },
);
if (build.status !== 0) process.exit(build.status ?? 1);
console.log("Graph written to public/graph.json.");
