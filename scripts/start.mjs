// `npm start`: builds the seed articles in sources/ into public/graph.json, then serves the explorer
// (Vite's dev server, http://localhost:5173; NEWSGRAPH_PORT=<port> for another port) with that graph loaded.
// The server runs in a child (this file again, with --serve) that adds what the page's standalone HTML export
// needs from a dev server (graph/cli/export-html.ts).
//
// Stopping: Ctrl-C, or SIGTERM/SIGHUP to this process, stops the child too. `npm start` runs this file under
// `sh -c`, which does not pass a SIGTERM on (a `kill` of npm left Vite running on :5173): so each process also
// stops when the one that started it is gone.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// Where the articles (sources/) and the corrections (curation.json) are read from and written to: the
// repository, or NEWSGRAPH_PROJECT=<folder> for another project folder.
const project = path.resolve(process.env.NEWSGRAPH_PROJECT ?? root);
const curation = path.join(project, "curation.json");
const port = Number(process.env.NEWSGRAPH_PORT ?? 5173);
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];

/** Calls `stop` once this process's parent has gone (it is then adopted by init or a subreaper). */
function whenOrphaned(stop) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500);
  timer.unref();
}

if (process.argv.includes("--serve")) await serve();
else await start();

async function start() {
  let child = null;
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(1);
  };
  for (const signal of SIGNALS) process.on(signal, () => stop(signal));
  whenOrphaned(() => stop("SIGTERM"));

  /** Runs a child with the terminal, forwarding stops to it; resolves with its exit code. */
  const run = (args) =>
    new Promise((resolve) => {
      child = spawn(process.execPath, args, { cwd: root, stdio: "inherit" });
      child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    });

  const built = await run([
    "--import",
    "tsx",
    "graph/cli.ts",
    "build",
    path.join(project, "sources"),
    "--out",
    "public/graph.json",
    // the corrections made in the explorer (written there through the workspace endpoint)
    ...(existsSync(curation) ? ["--curation", curation] : []),
    // not beside the output: public/ is served and copied into the site
    "--cache",
    ".newsgraph/cache",
  ]);
  if (built !== 0 || stopping) process.exit(stopping ? 1 : built);
  console.log(`Graph written to public/graph.json. Starting the explorer on http://localhost:${port}/ …`);
  process.exit(await run(["--import", "tsx", fileURLToPath(import.meta.url), "--serve"]));
}

async function serve() {
  const { createServer } = await import("vite");
  const { standaloneAssetsPlugin } = await import("../graph/cli/export-html.ts");
  const { workspacePlugin } = await import("./workspace-endpoint.ts");
  const server = await createServer({
    root,
    configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
    plugins: [standaloneAssetsPlugin(), workspacePlugin(project, port)],
    // this machine only: the workspace endpoint writes into the project
    server: { port, strictPort: true, host: "127.0.0.1" },
  });
  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    await server.close();
    process.exit(0);
  };
  for (const signal of SIGNALS) process.on(signal, () => void close());
  whenOrphaned(() => void close());
  await server.listen();
  server.printUrls();
  server.bindCLIShortcuts({ print: true });
}
