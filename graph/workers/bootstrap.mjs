// Entry of every extraction worker. On Node 20 a worker thread does not inherit tsx's loader
// hooks (not even with --import tsx in execArgv), so the worker registers tsx itself before
// importing its TypeScript entry. Works the same under `tsx`, `node --import tsx` and Vitest.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
