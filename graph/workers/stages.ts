// Time per stage of a build, for `npm run bench`. Each thread adds up the CPU time it spends in each
// stage and the workers send theirs back with every batch, so the totals are CPU time summed over
// threads: what a shared machine's load changes least. Never written into the graph.
//
// A thread's CPU time comes from a clock the Node entry points install (thread-cpu.ts reads
// /proc/thread-self/stat); this module stays free of Node's built-ins because the extractor and the
// merge, which the browser runs too, count their stages through it. The clock ticks every 10 ms, so
// only the coarse spans read it: a stage of the main thread, a worker's start-up, one article's
// extraction. Inside an article the stages are many and short: their wall time is counted, then
// scaled by the article's CPU/wall ratio. Without a clock, wall time is counted.

export const STAGES = ["read", "start", "tag", "syntax", "relations", "resolve", "layout", "write"] as const;
/**
 * read: the input files; start: a worker's start-up until it can extract (summed over workers);
 * tag: parts of speech (wink-nlp, graph/extract/syntax/tagger.ts); syntax: noun phrases and verb groups
 * (graph/extract/syntax/phrases.ts); relations: the rest of the extraction (sentences, mentions, the
 * relation rules); resolve: the merge less the layout; layout; write: the graph JSON to disk.
 */
export type Stage = (typeof STAGES)[number];
/** Totals that stages are read from: the whole extraction and the whole merge. */
type Hidden = "extract" | "merge";

/** Milliseconds per stage in this thread since the last `takeStageTimes`. */
export type StageTimes = Partial<Record<Stage | Hidden, number>>;

let times: StageTimes = {};
/** Wall time of short stages not yet scaled to CPU time. */
let pending: StageTimes = {};

let cpuClock: (() => number | undefined) | undefined;

/** Installs the clock that reads this thread's CPU time in milliseconds (Node entry points do). */
export function setThreadCpuClock(clock: () => number | undefined): void {
  cpuClock = clock;
}

/** This thread's CPU time in milliseconds, or undefined where it cannot be read. */
export function threadCpuMs(): number | undefined {
  return cpuClock?.();
}

function add(into: StageTimes, stage: Stage | Hidden, ms: number): void {
  into[stage] = (into[stage] ?? 0) + ms;
}

/** Adds `ms` of wall time to a short stage, scaled to CPU time by the span around it. */
export function addStageTime(stage: Stage | Hidden, ms: number): void {
  add(pending, stage, ms);
}

/** Runs `f`, a short stage inside a span: its wall time is counted, and scaled when the span closes. */
export function timedShort<T>(stage: Stage, f: () => T): T {
  const started = performance.now();
  try {
    return f();
  } finally {
    add(pending, stage, performance.now() - started);
  }
}

/** Adds `ms` of CPU time to `stage`. */
export function addStageCpu(stage: Stage | Hidden, ms: number): void {
  add(times, stage, ms);
}

function flushPending(ratio: number): void {
  for (const [stage, ms] of Object.entries(pending)) add(times, stage as Stage | Hidden, ms * ratio);
  pending = {};
}

/**
 * Runs `f`, counting its CPU time to `stage`, and the short stages inside it at the span's CPU/wall
 * ratio.
 */
export function timed<T>(stage: Stage | Hidden, f: () => T): T {
  const wall = performance.now();
  const cpu = threadCpuMs();
  try {
    return f();
  } finally {
    close(stage, wall, cpu);
  }
}

/** `timed` for a promise-returning `f` (its CPU time only: the thread may do other work meanwhile). */
export async function timedAsync<T>(stage: Stage | Hidden, f: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = threadCpuMs();
  try {
    return await f();
  } finally {
    close(stage, wall, cpu);
  }
}

function close(stage: Stage | Hidden, wallStart: number, cpuStart: number | undefined): void {
  const wall = performance.now() - wallStart;
  const end = cpuStart === undefined ? undefined : threadCpuMs();
  const cpu = end === undefined || cpuStart === undefined ? wall : end - cpuStart;
  add(times, stage, cpu);
  flushPending(wall > 0 ? Math.min(1, cpu / wall) : 1);
}

/** This thread's times since the last call, which start again from zero. */
export function takeStageTimes(): StageTimes {
  flushPending(1);
  const taken = times;
  times = {};
  return taken;
}

/** Adds times another thread took. */
export function addStageTimes(other: StageTimes | undefined): void {
  for (const [stage, ms] of Object.entries(other ?? {})) add(times, stage as Stage | Hidden, ms);
}

/**
 * The times per stage, in seconds: `relations` is the extraction's time less the tagging and syntax
 * counted inside it, `resolve` the merge's less the layout.
 */
export function stageSeconds(t: StageTimes): Record<Stage, number> {
  const ms = (s: Stage | Hidden) => t[s] ?? 0;
  const out = {} as Record<Stage, number>;
  for (const s of STAGES) out[s] = ms(s) / 1000;
  out.relations = Math.max(0, ms("extract") - ms("tag") - ms("syntax")) / 1000;
  out.resolve = Math.max(0, ms("merge") - ms("layout")) / 1000;
  return out;
}
