// Runs the graph CLI in this process (the same code path as `npm run graph`) and reports, on the
// last stdout line, the wall time, the CPU time and the process's peak resident memory, worker threads
// included; the CPU time counts the whole process, loading included, and is what a shared machine's load
// changes least. With the build's time per stage (graph/workers/stages.ts), summed over its threads.
import { main } from "../graph/cli/main.ts";
import { stageSeconds, takeStageTimes } from "../graph/workers/stages.ts";

const started = performance.now();
const code = await main(process.argv.slice(2));
const seconds = (performance.now() - started) / 1000;
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
const stages = stageSeconds(takeStageTimes());
process.stdout.write(`${JSON.stringify({ code, seconds, cpuSeconds, maxRssKiB: usage.maxRSS, stages })}\n`);
process.exitCode = code;
