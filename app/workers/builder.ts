// The page's side of the builder worker: one worker, started on first use, requests answered in order.
import type { BuilderRequest, BuilderResponse } from "./protocol.ts";

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: BuilderResponse) => void>();

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
    for (const [id, done] of pending) done({ id, ok: false, error: event.message || "the builder stopped" });
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function buildArticles(files: BuilderRequest["files"]): Promise<BuilderResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    builderWorker().postMessage({ id, files } satisfies BuilderRequest);
  });
}
