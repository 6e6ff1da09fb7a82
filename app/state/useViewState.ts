// The view state lives in the URL: every change writes the query string (a new history entry, or a
// replaced one when only the camera moved), and back/forward read it again. What of the URL does not
// apply to the graph (malformed values, names the graph lacks) is dropped from it, and said once.
import { useCallback, useEffect, useRef, useState } from "react";
import { applicableView } from "../../graph/view/applicable.ts";
import type { Producer } from "../../graph/view/state.ts";
import type { NewsGraph } from "../../graph/types.ts";
import type { ViewState } from "../../graph/view/types.ts";
import {
  decodeViewState,
  encodeViewState,
  malformedViewParams,
  sameView,
  sameViewIgnoringCamera,
} from "../../graph/view/url.ts";
import { notify } from "../notices/store.ts";

/** `replace`: rewrite the current history entry instead of adding one (Play's steps). */
export type UpdateView = (producer: Producer, options?: { replace?: boolean }) => void;

function writeUrl(next: ViewState, replace: boolean): void {
  const query = encodeViewState(next, window.location.search).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

/** Rewrites the URL's view in place (no history entry), e.g. before another graph is opened. */
export function rewriteViewInUrl(producer: Producer): void {
  writeUrl(producer(decodeViewState(window.location.search)), true);
}

/** The URL's view for `graph`, with the URL cleaned of what does not apply; `tell` posts a notice about it. */
function urlView(graph: NewsGraph, tell: boolean): ViewState {
  const search = window.location.search;
  const malformed = malformedViewParams(search);
  const { view, dropped } = applicableView(decodeViewState(search), graph);
  const ignored = [...malformed, ...dropped];
  if (ignored.length === 0) return view;
  writeUrl(view, true);
  if (tell) {
    notify({
      kind: "info",
      message: `Some of this link's view did not apply to this graph and was left out: ${ignored.join(", ")}.`,
    });
  }
  return view;
}

export function useViewState(graph: NewsGraph): [ViewState, UpdateView] {
  // The initialiser cleans the URL: if React runs it twice (strict mode), the second run finds nothing to say.
  const [state, setState] = useState<ViewState>(() => urlView(graph, true));
  const current = useRef(state);

  const update = useCallback<UpdateView>((producer, options) => {
    const previous = current.current;
    const next = producer(previous);
    if (sameView(previous, next)) return;
    current.current = next;
    setState(next);
    writeUrl(next, options?.replace === true || sameViewIgnoringCamera(previous, next));
  }, []);

  useEffect(() => {
    const onPopState = () => {
      // Once said is enough: stepping back to such an entry cleans it quietly.
      const next = urlView(graph, false);
      current.current = next;
      setState(next);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [graph]);

  return [state, update];
}
