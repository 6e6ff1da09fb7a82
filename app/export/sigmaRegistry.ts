// The sigma instance for exports that draw (PNG), registered by SnapshotController inside <GraphCanvas>.
import type { NewsSigma } from "../sigma/context.ts";

let current: NewsSigma | null = null;

export function registerSigma(sigma: NewsSigma | null): void {
  current = sigma;
}

export function registeredSigma(): NewsSigma | null {
  return current;
}
