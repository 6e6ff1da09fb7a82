// Tabs of the side panel: the selection's details and the analysis tools, one shown at a time.
export type Tool = "insights" | "connect" | "text" | "history";

const TABS: [tab: "details" | Tool, label: string][] = [
  ["details", "Details"],
  ["insights", "Insights"],
  ["connect", "Connect"],
  ["text", "Text"],
  ["history", "History"],
];

export function PanelTabs(props: {
  active: "details" | Tool;
  hasDetails: boolean;
  onChoose: (tab: "details" | Tool) => void;
}) {
  return (
    <div className="panel-tabs" role="tablist" aria-label="Panel">
      {TABS.map(([tab, label]) => (
        <button
          key={tab}
          type="button"
          role="tab"
          aria-selected={props.active === tab}
          disabled={tab === "details" && !props.hasDetails}
          onClick={() => props.onChoose(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
