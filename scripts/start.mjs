// `npm start`: builds the seed articles in sources/ into public/graph.json, then serves the explorer
// (Vite, http://localhost:5173) with that graph loaded.
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync(
  process.execPath,
  ["--import", "tsx", "graph/cli.ts", "build", "sources", "--out", "public/graph.json"],
  { cwd: root, stdio: "inherit" },
);
if (build.status !== 0) process.exit(build.status ?? 1);
console.log("Graph written to public/graph.json. Starting the explorer on http://localhost:5173/ …");

const vite = spawn(process.execPath, ["node_modules/vite/bin/vite.js", "--port", "5173", "--strictPort"], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => vite.kill(signal));
vite.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
