// A one-line progress bar on stderr, redrawn in place; only for terminals (never in logs or pipes).
import type { Terminal } from "./io.ts";

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const REDRAW_MS = 100;

/** Below this many articles a run is quick enough that a progress bar would only flicker. */
export const PROGRESS_MIN_ARTICLES = 200;

export const noProgress: Progress = { update() {}, finish() {} };

export function progressBar(stderr: Terminal["stderr"], label: string): Progress {
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (done < total && now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - 50));
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const seconds = ((now - started) / 1000).toFixed(0);
      stderr.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${seconds} s\x1b[K`,
      );
      drawn = true;
    },
    finish() {
      if (drawn) stderr.write("\r\x1b[K");
    },
  };
}
