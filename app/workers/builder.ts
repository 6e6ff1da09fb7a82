// The page's side of the builder worker: one worker, started on first use, requests answered in order.
// Cancelling a build terminates the worker (extraction cannot be interrupted from outside): every request
// still pending is answered as cancelled, and the next one starts a fresh worker.
import type { BuilderRequest, BuilderResponse } from "./protocol.ts";

export type BuildResult = BuilderResponse | { id: number; ok: false; cancelled: true };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: BuildResult) => void>();

function builderWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./builder.worker.ts", import.meta.url), {
    type: "module",
    name: "newsgraph-builder",
  });
  worker.onmessage = (event: MessageEvent<BuilderResponse>) => {
    const done = pending.get(event.data.id);
    pending.delete(event.data.id);
    done?.(event.data);
  };
  worker.onerror = (event) => {
    stopWorker((id) => ({ id, ok: false, error: event.message || "the builder stopped" }));
  };
  return worker;
}

/** Ends the worker and answers what it still owed. */
function stopWorker(answer: (id: number) => BuildResult): void {
  worker?.terminate();
  worker = null;
  const owed = [...pending];
  pending.clear();
  for (const [id, done] of owed) done(answer(id));
}

/** Builds the articles in the worker; aborting `signal` stops it and answers `{ cancelled: true }`. */
export function buildArticles(files: BuilderRequest["files"], signal?: AbortSignal): Promise<BuildResult> {
  const id = nextId++;
  if (signal?.aborted) return Promise.resolve({ id, ok: false, cancelled: true });
  return new Promise((resolve) => {
    // Only while this build is owed: a build that has answered leaves the worker to the others.
    const onAbort = () => {
      if (pending.has(id)) stopWorker((owed) => ({ id: owed, ok: false, cancelled: true }));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    pending.set(id, (response) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(response);
    });
    builderWorker().postMessage({ id, files } satisfies BuilderRequest);
  });
}
