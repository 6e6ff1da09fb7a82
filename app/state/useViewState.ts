// The view state lives in the URL: every change writes the query string (a new history entry, or a
// replaced one when only the camera moved), and back/forward read it again.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Producer } from "../../graph/view/state.ts";
import type { ViewState } from "../../graph/view/types.ts";
import { decodeViewState, encodeViewState, sameView, sameViewIgnoringCamera } from "../../graph/view/url.ts";

export type UpdateView = (producer: Producer) => void;

function writeUrl(next: ViewState, replace: boolean): void {
  const query = encodeViewState(next, window.location.search).toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

export function useViewState(): [ViewState, UpdateView] {
  const [state, setState] = useState<ViewState>(() => decodeViewState(window.location.search));
  const current = useRef(state);

  const update = useCallback<UpdateView>((producer) => {
    const previous = current.current;
    const next = producer(previous);
    if (sameView(previous, next)) return;
    current.current = next;
    setState(next);
    writeUrl(next, sameViewIgnoringCamera(previous, next));
  }, []);

  useEffect(() => {
    const onPopState = () => {
      const next = decodeViewState(window.location.search);
      current.current = next;
      setState(next);
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  return [state, update];
}
