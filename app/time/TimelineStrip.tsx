// The timeline under the graph: evidence per month (or year), stacked by action in the action colours; drag
// across the bars to choose a range (a brush), Play to watch the graph build up month by month, a toggle for
// the evidence without a date. Hidden for graphs with no dated evidence at all (older graphs).
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { compareActions } from "../../graph/view/relations.ts";
import { binRange, binSelected, computeTimeline, type Timeline } from "../../graph/view/timeline.ts";
import { setHideUndated, setTimeRange } from "../../graph/view/state.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import { actionColor } from "../appearance/colors.ts";
import type { UpdateView } from "../state/useViewState.ts";
import { formatPeriod, formatRange } from "./format.ts";
import { usePlay } from "./usePlay.ts";
import "./timeline.css";

/** Axis labels: every bin's when they fit, else every n-th (years at January for month bins). */
function labelled(timeline: Timeline, index: number, every: number): boolean {
  const period = timeline.bins[index]!.period;
  if (timeline.unit === "month") return period.endsWith("-01") || index === 0;
  return index % every === 0;
}

export function TimelineStrip(props: { graph: NewsGraph; view: ViewState; update: UpdateView }) {
  const { graph, view, update } = props;
  // Bins follow every filter but time: the strip shows all time, the brush picks from it.
  const timeline = useMemo(
    () => computeTimeline(graph, view),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      graph,
      view.hiddenActions,
      view.hiddenKinds,
      view.hiddenCategories,
      view.hiddenModalities,
      view.articles,
      view.focus,
      view.depth,
      view.hiddenNodes,
      view.expand,
    ],
  );
  const play = usePlay(timeline, view, update);
  const bars = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ a: number; b: number } | null>(null);
  const max = Math.max(1, ...timeline.bins.map((b) => b.total));
  const actions = useMemo(
    () => [...new Set(timeline.bins.flatMap((b) => [...b.byAction.keys()]))].sort(compareActions),
    [timeline],
  );
  if (timeline.bins.length === 0) return null;

  const binAt = (event: PointerEvent) => {
    const rect = bars.current!.getBoundingClientRect();
    const x = (event.clientX - rect.left) / Math.max(1, rect.width);
    return Math.min(timeline.bins.length - 1, Math.max(0, Math.floor(x * timeline.bins.length)));
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const bin = binAt(event);
    setDrag({ a: bin, b: bin });
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag) setDrag({ ...drag, b: binAt(event) });
  };
  const onPointerUp = () => {
    if (!drag) return;
    const range = binRange(timeline, drag.a, drag.b);
    setDrag(null);
    play.stop();
    if (range) update(setTimeRange(range.from, range.to));
  };
  const ranged = !!view.from || !!view.to;
  // Keys, for those who do not drag: arrows move the range a bar at a time, shift+arrows move its end.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    event.preventDefault();
    const last = timeline.bins.length - 1;
    const inRange = timeline.bins.flatMap((b, i) => (binSelected(b.period, view.from, view.to) ? [i] : []));
    const [a, b] = ranged && inRange.length > 0 ? [inRange[0]!, inRange.at(-1)!] : [last, last];
    const step = event.key === "ArrowLeft" ? -1 : 1;
    const clamp = (i: number) => Math.min(last, Math.max(0, i));
    const next = !ranged
      ? [last, last]
      : event.shiftKey
        ? [a, clamp(Math.max(a, b + step))]
        : b + step > last || a + step < 0
          ? [a, b]
          : [a + step, b + step];
    const range = binRange(timeline, next[0]!, next[1]!);
    play.stop();
    if (range) update(setTimeRange(range.from, range.to));
  };
  const selected = (index: number, period: string) =>
    drag
      ? index >= Math.min(drag.a, drag.b) && index <= Math.max(drag.a, drag.b)
      : !ranged || binSelected(period, view.from, view.to);
  const every = Math.ceil(timeline.bins.length / 12);
  const playedTo = play.at !== null ? play.months[play.at] : null;

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-controls">
        <button
          type="button"
          className="timeline-play"
          aria-pressed={play.playing}
          onClick={play.toggle}
          title="Step through time month by month"
        >
          {play.playing ? "Pause" : "Play"}
        </button>
        <strong className="timeline-readout" aria-live="polite" data-testid="timeline-readout">
          {formatRange(view.from, view.to)}
        </strong>
        {play.at !== null && (
          <input
            type="range"
            className="timeline-scrub"
            aria-label="Play position"
            min={0}
            max={play.months.length - 1}
            value={play.at}
            onChange={(e) => play.scrub(Number(e.target.value))}
            title={playedTo ? formatPeriod(playedTo) : undefined}
          />
        )}
        <label className="timeline-undated" title="Evidence whose sentence and article give no date">
          <input
            type="checkbox"
            checked={view.hideUndated !== true}
            onChange={(e) => update(setHideUndated(!e.target.checked))}
          />{" "}
          Undated ({timeline.undated.toLocaleString("en")})
        </label>
        {timeline.yearOnly > 0 && (
          <span
            className="timeline-note"
            title="Dated to a year only: no month bar holds them, a range in their year shows them"
          >
            {timeline.yearOnly.toLocaleString("en")} by year only
          </span>
        )}
        {ranged && (
          <button
            type="button"
            className="link"
            onClick={() => {
              play.stop();
              update(setTimeRange(null, null));
            }}
          >
            All time
          </button>
        )}
      </div>
      <div
        ref={bars}
        className="timeline-bars"
        role="group"
        tabIndex={0}
        aria-label={`Evidence per ${timeline.unit}; drag across the bars, or use the arrow keys, to choose a range`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {timeline.bins.map((bin, index) => (
          <div
            key={bin.period}
            className={`timeline-bin${selected(index, bin.period) ? " selected" : ""}`}
            data-period={bin.period}
            title={`${formatPeriod(bin.period)}: ${bin.total} sentence${bin.total === 1 ? "" : "s"}`}
          >
            <div className="timeline-stack" style={{ height: `${(bin.total / max) * 100}%` }}>
              {actions.map((action) => {
                const count = bin.byAction.get(action) ?? 0;
                return count > 0 ? (
                  <span key={action} style={{ flexGrow: count, background: actionColor(action) }} />
                ) : null;
              })}
            </div>
          </div>
        ))}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {timeline.bins.map((bin, index) => (
          <span key={bin.period}>
            {labelled(timeline, index, every)
              ? timeline.unit === "month"
                ? bin.period.slice(0, 4)
                : bin.period
              : ""}
          </span>
        ))}
      </div>
    </section>
  );
}
