// A worker thread of the extraction pool: compiles the lexicon once, then extracts batches.
import { parentPort, workerData } from "node:worker_threads";
import { compileLexicon, type Lexicon } from "../extract/index.ts";
import { extractSafely, type BatchRequest, type BatchResponse } from "./protocol.ts";
import { addStageCpu, takeStageTimes, threadCpuMs } from "./stages.ts";

const data = workerData as { lexicon: Lexicon; budgetMs?: number };
const lexicon = compileLexicon(data.lexicon);
const budget = { ms: data.budgetMs };
// a worker's clocks start with the worker: this is its start-up, loading and lexicon included
addStageCpu("start", threadCpuMs() ?? performance.now());

parentPort!.on("message", ({ batch, articles }: BatchRequest) => {
  const outcomes = articles.map((a) => extractSafely(a, lexicon, budget));
  const response: BatchResponse = { batch, outcomes, stages: takeStageTimes() };
  parentPort!.postMessage(response);
});
