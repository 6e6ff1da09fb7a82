// Runs the graph CLI in this process (the same code path as `npm run graph`) and reports, on the
// last stdout line, the wall time and the process's peak resident memory, worker threads included.
import { main } from "../graph/cli/main.ts";

const started = performance.now();
const code = await main(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ code, seconds, maxRssKiB: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
