// A node's details: kind, category, aliases, degree, and its relations grouped by action and direction,
// each with the sentences behind it.
import type { ArticleMeta, Evidence, NewsGraph } from "../../graph/types.ts";
import { actionLabel, groupRelations, passiveActionLabel } from "../../graph/view/relations.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { visibleEvidence } from "../../graph/view/visibility.ts";
import { seenSpan } from "../../graph/time/span.ts";
import { actionColor } from "../appearance/colors.ts";
import { formatPeriod } from "../time/format.ts";
import type { CurationActions } from "../curation/actions.ts";
import { NodeCuration } from "../curation/NodeCuration.tsx";
import { NotesList } from "../curation/NotesList.tsx";
import { EvidenceList } from "./EvidenceList.tsx";

export function NodeDetails(props: {
  graph: NewsGraph;
  node: string;
  view: ViewState;
  visibility: Visibility;
  articles: ReadonlyMap<string, ArticleMeta>;
  onSelectNode: (node: string) => void;
  onSelectEdge: (edge: string) => void;
  onToggleFocus: (node: string) => void;
  /** Hides the node and its relations (the strip over the graph shows them again). */
  onHide: (node: string) => void;
  onCenter: (node: string) => void;
  onOpenEvidence: (evidence: Evidence) => void;
  /** The correction controls; without it the details are read-only (tests, snapshots). */
  curate?: CurationActions;
}) {
  const { graph, node, view, visibility, articles, curate } = props;
  const attributes = graph.getNodeAttributes(node);
  const groups = groupRelations(graph, node);
  const focused = view.focus.includes(node);
  const aliases = (attributes.aliases ?? []).filter((alias) => alias !== attributes.label);
  // First and last dates over all of its relations (not only those the filters show).
  const seen = seenSpan(
    graph
      .edges(node)
      .flatMap((e) => [graph.getEdgeAttribute(e, "firstSeen"), graph.getEdgeAttribute(e, "lastSeen")]),
  );
  const hiddenRelations = groups.reduce(
    (n, group) => n + group.relations.filter((r) => !visibility.edges.has(r.edge)).length,
    0,
  );

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <span className="dot big" style={{ background: attributes.color }} aria-hidden="true" />
        <div>
          <h2 id="details-title">{attributes.label}</h2>
          <p className="subtitle">
            {attributes.kind} · {attributes.category}
          </p>
        </div>
      </header>
      <div className="details-actions">
        <button type="button" aria-pressed={focused} onClick={() => props.onToggleFocus(node)}>
          {focused ? "Unfocus" : "Focus neighbourhood"}
        </button>
        <button type="button" onClick={() => props.onCenter(node)}>
          Center
        </button>
        <button type="button" onClick={() => props.onHide(node)} title="Hide this node and its relations">
          Hide
        </button>
      </div>
      <dl className="facts">
        <dt>Degree</dt>
        <dd>
          {graph.degree(node)}{" "}
          <span className="muted">
            ({graph.outDegree(node)} out, {graph.inDegree(node)} in)
          </span>
        </dd>
        <dt>Mentions</dt>
        <dd>{attributes.mentions ?? 0}</dd>
        {seen && (
          <>
            <dt>Dates</dt>
            <dd data-testid="node-dates">
              {seen.firstSeen === seen.lastSeen
                ? formatPeriod(seen.firstSeen)
                : `${formatPeriod(seen.firstSeen)} – ${formatPeriod(seen.lastSeen)}`}{" "}
              <span className="muted">(first and last seen)</span>
            </dd>
          </>
        )}
        {aliases.length > 0 && (
          <>
            <dt>Aliases</dt>
            <dd className="aliases">{aliases.join(" · ")}</dd>
          </>
        )}
      </dl>
      {curate && <NodeCuration key={node} graph={graph} node={node} curate={curate} />}
      {curate && (
        <NotesList
          notes={attributes.notes}
          label={attributes.label}
          onAdd={(text) => curate.note({ node }, text)}
        />
      )}
      <h3 className="section-title">Relations</h3>
      {groups.length === 0 && <p className="hint">No relations.</p>}
      {hiddenRelations > 0 && (
        <p className="hint">
          {hiddenRelations} {hiddenRelations === 1 ? "relation is" : "relations are"} hidden by the current
          filters (shown faded).
        </p>
      )}
      {groups.map((group) => (
        <section key={`${group.direction}:${group.action}`} className="relation-group">
          <h4>
            <span
              className="swatch-line"
              style={{ background: actionColor(group.action) }}
              aria-hidden="true"
            />
            {group.direction === "out"
              ? `${actionLabel(group.action)} →`
              : `← ${passiveActionLabel(group.action)}`}
            <span className="group-summary">{group.relations.map((r) => r.otherLabel).join(", ")}</span>
          </h4>
          <ul className="relations">
            {group.relations.map((relation) => {
              const evidence = visibleEvidence(relation.evidence, view);
              return (
                <li
                  key={relation.edge}
                  className={visibility.edges.has(relation.edge) ? "relation" : "relation faded"}
                >
                  <div className="relation-head">
                    <button
                      type="button"
                      className="link strong"
                      onClick={() => props.onSelectNode(relation.other)}
                    >
                      {relation.otherLabel}
                    </button>
                    <button
                      type="button"
                      className="link small"
                      onClick={() => props.onSelectEdge(relation.edge)}
                    >
                      {relation.evidence.length} {relation.evidence.length === 1 ? "sentence" : "sentences"}
                    </button>
                  </div>
                  <EvidenceList
                    evidence={evidence}
                    articles={articles}
                    onOpen={props.onOpenEvidence}
                    limit={2}
                    hiddenCount={relation.evidence.length - evidence.length}
                    edge={relation.edge}
                    curate={curate}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </article>
  );
}
