// An edge's details: who does what to whom, and every sentence saying so.
import type { ArticleMeta, Evidence, NewsGraph } from "../../graph/types.ts";
import { actionLabel } from "../../graph/view/relations.ts";
import type { ViewState, Visibility } from "../../graph/view/types.ts";
import { visibleEvidence } from "../../graph/view/visibility.ts";
import { actionColor } from "../appearance/colors.ts";
import { formatRange } from "../time/format.ts";
import type { CurationActions } from "../curation/actions.ts";
import { EdgeCuration } from "../curation/EdgeCuration.tsx";
import { NotesList } from "../curation/NotesList.tsx";
import { EvidenceList } from "./EvidenceList.tsx";

export function EdgeDetails(props: {
  graph: NewsGraph;
  edge: string;
  view: ViewState;
  visibility: Visibility;
  articles: ReadonlyMap<string, ArticleMeta>;
  onSelectNode: (node: string) => void;
  onOpenEvidence: (evidence: Evidence) => void;
  /** The correction controls; without it the details are read-only (tests, snapshots). */
  curate?: CurationActions;
}) {
  const { graph, edge, view, articles } = props;
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const evidence = visibleEvidence(attributes.evidence, view);
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head edge-head">
        <h2 id="details-title">
          <button type="button" className="link strong" onClick={() => props.onSelectNode(source)}>
            {label(source)}
          </button>{" "}
          <span className="action-pill" style={{ borderColor: actionColor(attributes.action) }}>
            <span
              className="swatch-line"
              style={{ background: actionColor(attributes.action) }}
              aria-hidden="true"
            />
            {actionLabel(attributes.action)} →
          </span>{" "}
          <button type="button" className="link strong" onClick={() => props.onSelectNode(target)}>
            {label(target)}
          </button>
        </h2>
      </header>
      {!props.visibility.edges.has(edge) && (
        <p className="hint">This relation is hidden by the current filters.</p>
      )}
      <dl className="facts">
        <dt>Evidence</dt>
        <dd>
          {attributes.evidence.length} {attributes.evidence.length === 1 ? "sentence" : "sentences"}
        </dd>
        {attributes.firstSeen && attributes.lastSeen && (
          <>
            <dt>Dates</dt>
            <dd>{formatRange(attributes.firstSeen, attributes.lastSeen)}</dd>
          </>
        )}
        {attributes.cameo && (
          <>
            <dt>CAMEO</dt>
            <dd>{attributes.cameo}</dd>
          </>
        )}
      </dl>
      {props.curate && <EdgeCuration edge={edge} curate={props.curate} />}
      <h3 className="section-title">Sentences</h3>
      <EvidenceList
        evidence={evidence}
        articles={articles}
        onOpen={props.onOpenEvidence}
        limit={12}
        hiddenCount={attributes.evidence.length - evidence.length}
        total={attributes.evidenceTotal}
        edge={edge}
        curate={props.curate}
      />
      {props.curate && (
        <NotesList
          notes={attributes.notes}
          label={`${label(source)} ${actionLabel(attributes.action)} ${label(target)}`}
          onAdd={(text) => props.curate?.note({ edge }, text)}
        />
      )}
    </article>
  );
}
