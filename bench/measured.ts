// One CLI run measured by bench/measure.ts in a child process: what both benches read back from its
// last stdout line.
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Stage } from "../graph/workers/stages.ts";

const root = path.resolve(import.meta.dirname, "..");

export interface Measured {
  /** The CLI's exit code. */
  code: number;
  /** Wall time of the run. */
  seconds: number;
  /** CPU time of the whole process. */
  cpuSeconds: number;
  /** Peak resident memory, worker threads included. */
  maxRssKiB: number;
  /** Seconds per stage of a build, summed over its threads (graph/workers/stages.ts). */
  stages: Record<Stage, number>;
}

/** Runs `graph <args…>` under bench/measure.ts and returns its report. */
export function measuredRun(args: string[]): Measured {
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/measure.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "") as Measured;
}
