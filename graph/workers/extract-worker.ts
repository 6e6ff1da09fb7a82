// A worker thread of the extraction pool: compiles the lexicon once, then extracts batches.
import { parentPort, workerData } from "node:worker_threads";
import { compileLexicon, type Lexicon } from "../extract/index.ts";
import { extractSafely, type BatchRequest, type BatchResponse } from "./protocol.ts";

const data = workerData as { lexicon: Lexicon; budgetMs?: number };
const lexicon = compileLexicon(data.lexicon);
const budget = { ms: data.budgetMs };

parentPort!.on("message", ({ batch, articles }: BatchRequest) => {
  const response: BatchResponse = { batch, outcomes: articles.map((a) => extractSafely(a, lexicon, budget)) };
  parentPort!.postMessage(response);
});
