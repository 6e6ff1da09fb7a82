// The explorer's notices: what an export or an import did, a link's parameters that did not apply. They
// stack, newest first; information times out, errors stay until dismissed. Plain module state, so code
// outside React (imports, the URL check) can post them.
import { useSyncExternalStore } from "react";

export interface Notice {
  id: number;
  kind: "info" | "error";
  message: string;
  /** A reader link shown with the notice (after articles were added). */
  article?: { id: string; title: string };
}

/** How long information stays: long enough to read, longer when it offers a link. */
export const INFO_MS = 8_000;
export const INFO_WITH_LINK_MS = 15_000;
/** Older notices beyond this many are dropped: a stack of stale messages helps nobody. */
export const MAX_NOTICES = 3;

let notices: readonly Notice[] = [];
let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();
const listeners = new Set<() => void>();

function publish(next: readonly Notice[]): void {
  notices = next;
  for (const listener of listeners) listener();
}

export function notify(notice: Omit<Notice, "id">): number {
  const id = nextId++;
  const kept = notices.slice(0, MAX_NOTICES - 1);
  for (const old of notices.slice(MAX_NOTICES - 1)) clearTimeout(timers.get(old.id));
  publish([{ ...notice, id }, ...kept]);
  if (notice.kind === "info") {
    timers.set(
      id,
      setTimeout(() => dismiss(id), notice.article ? INFO_WITH_LINK_MS : INFO_MS),
    );
  }
  return id;
}

export function dismiss(id: number): void {
  clearTimeout(timers.get(id));
  timers.delete(id);
  if (notices.some((notice) => notice.id === id)) publish(notices.filter((notice) => notice.id !== id));
}

export function currentNotices(): readonly Notice[] {
  return notices;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotices(): readonly Notice[] {
  return useSyncExternalStore(subscribe, currentNotices, currentNotices);
}
