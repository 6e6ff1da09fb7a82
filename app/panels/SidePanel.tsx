// The side panel's frame: a close button and the scrolling content; in a narrow window it is a sheet
// under the graph (half the height at most, app/styles.css) that can be collapsed to a bar.
import { useState, type ReactNode } from "react";

export function SidePanel(props: {
  label: string;
  /** What the panel shows (node label, article title), named on the collapsed bar. */
  title: string;
  /** Changes with what is shown: a new selection opens a collapsed sheet again. */
  contentKey: string;
  onClose: () => void;
  /** Tabs between the details and the analysis tools, above the content. */
  tabs?: ReactNode;
  children: ReactNode;
}) {
  const [collapsedFor, setCollapsedFor] = useState<string | null>(null);
  const collapsed = collapsedFor === props.contentKey;
  return (
    <aside className={`panel${collapsed ? " collapsed" : ""}`} aria-label={props.label}>
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={!collapsed}
        aria-controls="panel-content"
        onClick={() => setCollapsedFor(collapsed ? null : props.contentKey)}
      >
        <span aria-hidden="true">{collapsed ? "▴" : "▾"}</span>
        <span className="sheet-toggle-text">{collapsed ? `Show ${props.title}` : "Hide details"}</span>
      </button>
      <button type="button" className="panel-close" aria-label="Close panel" onClick={props.onClose}>
        ×
      </button>
      {props.tabs}
      <div className="panel-scroll" id="panel-content">
        {props.children}
      </div>
    </aside>
  );
}
