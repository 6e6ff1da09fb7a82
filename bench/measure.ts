// Runs the graph CLI in this process (the same code path as `npm run graph`) and reports, on the
// last stdout line, the wall time, the CPU time and the process's peak resident memory, worker threads
// included; the CPU time counts the whole process, loading included, and is what a shared machine's load
// changes least.
import { main } from "../graph/cli/main.ts";

const started = performance.now();
const code = await main(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(`${JSON.stringify({ code, seconds, cpuSeconds, maxRssKiB: usage.maxRSS })}\n`);
process.exitCode = code;
