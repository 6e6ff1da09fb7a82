// A worker thread of the extraction pool: takes the lexicon the pool compiled, then extracts batches.
import { parentPort, workerData } from "node:worker_threads";
import type { CompiledLexicon } from "../extract/index.ts";
import { extractSafely, shareEntityRefs, type BatchResponse, type WorkerRequest } from "./protocol.ts";
import { addStageCpu, takeStageTimes, threadCpuMs } from "./stages.ts";
import "./thread-cpu.ts";

const data = workerData as { budgetMs?: number };
const budget = { ms: data.budgetMs };
let lexicon: CompiledLexicon | undefined;

parentPort!.on("message", (request: WorkerRequest) => {
  if ("lexicon" in request) {
    lexicon = request.lexicon;
    // a worker's clocks start with the worker: this is its start-up, loading and lexicon included
    addStageCpu("start", threadCpuMs() ?? performance.now());
    return;
  }
  const { batch, articles } = request;
  const outcomes = articles.map((a) => extractSafely(a, lexicon!, budget));
  shareEntityRefs(outcomes, new Map());
  const response: BatchResponse = { batch, outcomes, stages: takeStageTimes() };
  parentPort!.postMessage(response);
});
