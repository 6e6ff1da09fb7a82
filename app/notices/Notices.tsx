// The notice stack, in the page's flow above the graph rather than over it, so it never hides a label
// (the canvas is re-framed while it shows).
import { openReader } from "../../graph/view/state.ts";
import type { UpdateView } from "../state/useViewState.ts";
import { dismiss, useNotices } from "./store.ts";
import "./notices.css";

export function Notices(props: { update: UpdateView }) {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice ${notice.kind}`}
          role={notice.kind === "error" ? "alert" : "status"}
          // The id the browser tests look for (the snapshot menu's own notices had it first).
          data-testid="snapshot-notice"
        >
          <p>{notice.message}</p>
          {notice.article && (
            <button
              type="button"
              className="link"
              onClick={() => {
                props.update(openReader({ article: notice.article!.id, start: null, end: null }));
                dismiss(notice.id);
              }}
            >
              Read the article
            </button>
          )}
          <button
            type="button"
            className="notice-close"
            aria-label="Dismiss"
            onClick={() => dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
