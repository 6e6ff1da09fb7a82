// The CPU clock of the current thread, for the stage times of `npm run bench` (stages.ts), read
// from /proc/thread-self/stat (Linux; Node 20 has no per-thread CPU clock) at 10 ms resolution.
// Imported for its effect by the Node entry points only: the CLI's build and the extraction workers.
import { readFileSync } from "node:fs";
import { setThreadCpuClock } from "./stages.ts";

const TICK_MS = 10;
let readable = true;

setThreadCpuClock(() => {
  if (!readable) return undefined;
  try {
    const stat = readFileSync("/proc/thread-self/stat", "latin1");
    // the fields after the command name, which is in parentheses: utime and stime are fields 14 and 15
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    readable = false;
    return undefined;
  }
});
