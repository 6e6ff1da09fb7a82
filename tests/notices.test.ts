import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  currentNotices,
  dismiss,
  INFO_MS,
  INFO_WITH_LINK_MS,
  MAX_NOTICES,
  notify,
} from "../app/notices/store.ts";

describe("notices", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const notice of currentNotices()) dismiss(notice.id);
    vi.useRealTimers();
  });

  it("stack newest first; information times out, errors stay until dismissed", () => {
    const error = notify({ kind: "error", message: "broken.gexf could not be opened" });
    notify({ kind: "info", message: "Opened brazil.gexf" });
    expect(currentNotices().map((n) => n.message)).toEqual([
      "Opened brazil.gexf",
      "broken.gexf could not be opened",
    ]);
    vi.advanceTimersByTime(INFO_MS);
    expect(currentNotices().map((n) => n.message)).toEqual(["broken.gexf could not be opened"]);
    vi.advanceTimersByTime(10 * INFO_WITH_LINK_MS);
    expect(currentNotices()).toHaveLength(1);
    dismiss(error);
    expect(currentNotices()).toEqual([]);
  });

  it("a notice with a reader link stays longer", () => {
    notify({ kind: "info", message: "Added an article", article: { id: "a.txt", title: "A" } });
    vi.advanceTimersByTime(INFO_MS);
    expect(currentNotices()).toHaveLength(1);
    vi.advanceTimersByTime(INFO_WITH_LINK_MS - INFO_MS);
    expect(currentNotices()).toEqual([]);
  });

  it("keeps a few at most, dropping the oldest", () => {
    for (let i = 0; i < MAX_NOTICES + 2; i++) notify({ kind: "error", message: `problem ${i}` });
    expect(currentNotices().map((n) => n.message)).toEqual(
      Array.from({ length: MAX_NOTICES }, (_, i) => `problem ${MAX_NOTICES + 1 - i}`),
    );
  });
});
