// "How are A and B connected": pick two nodes; the shortest paths between them in the current view are
// highlighted on the graph (DisplayController) and listed here as chains of relations, each with evidence.
import { useState } from "react";
import { pathText, type AnalysisScope, type Connections, type PathLink } from "../../graph/analysis/index.ts";
import type { ArticleMeta, Evidence } from "../../graph/types.ts";
import { actionLabel } from "../../graph/view/relations.ts";
import type { SearchIndex } from "../../graph/view/search.ts";
import { setPath } from "../../graph/view/state.ts";
import type { PathQuery } from "../../graph/view/types.ts";
import { actionColor } from "../appearance/colors.ts";
import { EvidenceList } from "../panels/EvidenceList.tsx";
import { SearchBox } from "../panels/SearchBox.tsx";
import type { UpdateView } from "../state/useViewState.ts";

function Arrow({ link }: { link: PathLink }) {
  const color = actionColor(link.action);
  return (
    <span className="action-pill" style={{ borderColor: color }}>
      {link.forward ? "" : "← "}
      {actionLabel(link.action)}
      {link.forward ? " →" : ""}
    </span>
  );
}

function EndPicker(props: {
  label: string;
  node: string | null;
  scope: AnalysisScope;
  index: SearchIndex;
  colorOf: (node: string) => string;
  onPick: (node: string | null) => void;
}) {
  const { node, scope } = props;
  if (node) {
    return (
      <div className="connect-end">
        <span className="connect-end-label">{props.label}</span>
        <span className="chip">
          <span className="dot" style={{ background: props.colorOf(node) }} aria-hidden="true" />
          {scope.graph.getNodeAttribute(node, "label")}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Clear ${props.label.toLowerCase()}`}
            onClick={() => props.onPick(null)}
          >
            ×
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="connect-end">
      <span className="connect-end-label">{props.label}</span>
      <SearchBox
        index={props.index}
        label={`${props.label} node`}
        placeholder="Actor or platform…"
        colorOf={props.colorOf}
        className="search-small"
        onChoose={(result) => props.onPick(result.node)}
      />
    </div>
  );
}

export function ConnectPanel(props: {
  scope: AnalysisScope;
  path: PathQuery | null;
  connections: Connections | null;
  selectedNode: string | null;
  searchIndex: SearchIndex;
  articles: ReadonlyMap<string, ArticleMeta>;
  colorOf: (node: string) => string;
  update: UpdateView;
  onChooseNode: (node: string) => void;
  onChooseEdge: (edge: string) => void;
  onOpenEvidence: (evidence: Evidence) => void;
}) {
  const { scope, path, connections, update } = props;
  // One end picked and the other not yet is this panel's own state; both picked is the view's (the URL's).
  const [draft, setDraft] = useState<{ from: string | null; to: string | null }>(() => ({
    from: path?.from ?? props.selectedNode,
    to: path?.to ?? null,
  }));
  const from = path?.from ?? draft.from;
  const to = path?.to ?? draft.to;
  const directed = path?.directed ?? false;
  const label = (node: string) => scope.graph.getNodeAttribute(node, "label") ?? node;

  const pick = (end: "from" | "to", node: string | null) => {
    const next = { from, to, [end]: node };
    setDraft(next);
    update(
      setPath(
        next.from && next.to && next.from !== next.to ? { from: next.from, to: next.to, directed } : null,
      ),
    );
  };

  let summary: string | null = null;
  if (path && connections) {
    summary =
      connections.total === 0
        ? `${label(path.from)} and ${label(path.to)} are not connected in the current view${directed ? " along the arrows" : ""}.`
        : `${connections.total} shortest ${connections.total === 1 ? "path" : "paths"} of ${connections.length} ${connections.length === 1 ? "hop" : "hops"}${connections.total > connections.paths.length ? `, the ${connections.paths.length} best backed shown` : ""}.`;
  }

  return (
    <article className="connect" aria-labelledby="connect-title">
      <header className="details-head">
        <h2 id="connect-title">How are they connected?</h2>
      </header>
      <div className="connect-ends">
        <EndPicker
          label="From"
          node={from}
          scope={scope}
          index={props.searchIndex}
          colorOf={props.colorOf}
          onPick={(n) => pick("from", n)}
        />
        <EndPicker
          label="To"
          node={to}
          scope={scope}
          index={props.searchIndex}
          colorOf={props.colorOf}
          onPick={(n) => pick("to", n)}
        />
      </div>
      <div className="details-actions">
        <button
          type="button"
          disabled={!from && !to}
          onClick={() => {
            setDraft({ from: to, to: from });
            if (path) update(setPath({ ...path, from: path.to, to: path.from }));
          }}
        >
          Swap
        </button>
        <label className="check">
          <input
            type="checkbox"
            checked={directed}
            disabled={!path}
            onChange={() => path && update(setPath({ ...path, directed: !directed }))}
          />
          <span className="check-name">Only along the arrows</span>
        </label>
      </div>
      {!path && (
        <p className="hint">
          Pick two actors or platforms to see the shortest chains of relations between them.
        </p>
      )}
      {summary && (
        <p className="connect-summary" role="status">
          {summary}
        </p>
      )}
      {connections && connections.paths.length > 0 && (
        <ol className="paths" data-testid="paths">
          {connections.paths.map((found) => (
            <li key={found.nodes.join(">")} className="path">
              <p className="path-chain" aria-label={pathText(scope, found)}>
                {found.nodes.map((node, i) => (
                  <span key={node} className="path-step">
                    {i > 0 && (
                      <span className="path-arrows">
                        {found.hops[i - 1]!.links.map((link) => (
                          <Arrow key={link.edge} link={link} />
                        ))}
                      </span>
                    )}
                    <button type="button" className="link strong" onClick={() => props.onChooseNode(node)}>
                      {label(node)}
                    </button>
                  </span>
                ))}
              </p>
              <ul className="path-hops">
                {found.hops.flatMap((hop) =>
                  hop.links.map((link) => (
                    <li key={link.edge} className="path-link">
                      <button
                        type="button"
                        className="link small"
                        onClick={() => props.onChooseEdge(link.edge)}
                      >
                        {label(link.source)} {actionLabel(link.action)} {label(link.target)}
                      </button>
                      <EvidenceList
                        evidence={[...link.evidence]}
                        articles={props.articles}
                        onOpen={props.onOpenEvidence}
                        limit={1}
                      />
                    </li>
                  )),
                )}
              </ul>
              <p className="hint">
                {found.sources.articles} {found.sources.articles === 1 ? "article" : "articles"} ·{" "}
                {found.sources.publishers} {found.sources.publishers === 1 ? "publisher" : "publishers"}{" "}
                behind this path
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
