// Play: the window's end steps month by month from where the range starts (or the first dated month) to the
// last dated month, so the graph builds up; pause keeps the place, the scrubber moves it. Steps replace the
// URL's history entry instead of adding one per month.
import { useCallback, useEffect, useMemo, useState } from "react";
import { monthsBetween } from "../../graph/time/period.ts";
import { setHideUndated, setTimeRange } from "../../graph/view/state.ts";
import type { Timeline, ViewState } from "../../graph/view/index.ts";
import type { UpdateView } from "../state/useViewState.ts";

/** Milliseconds per month shown. */
export const PLAY_STEP_MS = 700;

export interface Play {
  /** The months Play steps through (YYYY-MM). */
  months: string[];
  playing: boolean;
  /** Index in `months` of the window's end, null before Play was pressed (or after the range was cleared). */
  at: number | null;
  toggle: () => void;
  scrub: (index: number) => void;
  stop: () => void;
}

function playMonths(timeline: Timeline): string[] {
  const first = timeline.bins[0]?.period;
  const last = timeline.bins.at(-1)?.period;
  if (!first || !last) return [];
  return monthsBetween(first.length === 4 ? `${first}-01` : first, last.length === 4 ? `${last}-12` : last);
}

export function usePlay(timeline: Timeline, view: ViewState, update: UpdateView): Play {
  const months = useMemo(() => playMonths(timeline), [timeline]);
  const [playing, setPlaying] = useState(false);
  const [at, setAt] = useState<number | null>(null);
  const [start, setStart] = useState(0);

  const show = useCallback(
    (startIndex: number, index: number) => {
      const from = months[startIndex];
      const to = months[index];
      if (from && to) update((s) => setTimeRange(from, to)(s), { replace: true });
    },
    [months, update],
  );

  const toggle = useCallback(() => {
    if (playing) return setPlaying(false);
    if (months.length === 0) return;
    // From the start of the range brushed, else the first month; again from there once at the end.
    const fromMonth = view.from ? view.from.slice(0, 7) : null;
    const first = fromMonth
      ? Math.max(
          0,
          months.findIndex((m) => m >= fromMonth),
        )
      : 0;
    const resume = at !== null && at < months.length - 1 ? at : null;
    const s = resume !== null ? start : first;
    setStart(s);
    setAt(resume ?? s);
    // The graph builds up from dated evidence only; the toggle shows it and can take undated back.
    update(setHideUndated(true));
    show(s, resume ?? s);
    setPlaying((resume ?? s) < months.length - 1);
  }, [playing, months, view.from, at, start, show, update]);

  useEffect(() => {
    if (!playing || at === null || at >= months.length - 1) return;
    const timer = window.setTimeout(() => {
      setAt(at + 1);
      show(start, at + 1);
      if (at + 1 >= months.length - 1) setPlaying(false);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, at, months.length, start, show]);

  const scrub = useCallback(
    (index: number) => {
      setAt(index);
      show(Math.min(start, index), index);
    },
    [start, show],
  );
  const stop = useCallback(() => {
    setPlaying(false);
    setAt(null);
  }, []);

  return { months, playing, at, toggle, scrub, stop };
}
