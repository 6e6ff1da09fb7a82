// Evidence sentences, each a button that opens its article in the reader with the sentence highlighted.
import { useState } from "react";
import { MANUAL_RULE } from "../../graph/curation/edge-ops.ts";
import type { ArticleMeta, Evidence } from "../../graph/types.ts";
import { formatPeriod } from "../time/format.ts";
import type { CurationActions } from "../curation/actions.ts";

export function EvidenceList(props: {
  evidence: Evidence[];
  articles: ReadonlyMap<string, ArticleMeta>;
  onOpen: (evidence: Evidence) => void;
  limit?: number;
  /** Items filtered out by article/modality filters, mentioned so nobody thinks they are missing. */
  hiddenCount?: number;
  /**
   * How many sentences the builder found, when it kept only the first of them (an edge's `evidenceTotal`,
   * `--max-evidence`): said quietly, so nobody takes the list for all there is.
   */
  total?: number;
  /** With both: each sentence can be confirmed (a person checked it) or rejected (the machine was wrong). */
  edge?: string;
  curate?: CurationActions;
}) {
  const { edge, curate } = props;
  const { evidence, articles, onOpen } = props;
  const [expanded, setExpanded] = useState(false);
  const limit = props.limit ?? Infinity;
  const shown = expanded ? evidence : evidence.slice(0, limit);
  const kept = evidence.length + (props.hiddenCount ?? 0);
  return (
    <>
      <ul className="evidence">
        {shown.map((item, i) => (
          <li key={`${item.article}:${item.start}:${i}`}>
            <button type="button" className="evidence-sentence" onClick={() => onOpen(item)}>
              {item.sentence}
            </button>
            <span className="evidence-meta">
              {item.modality !== "asserted" && (
                <span className={`badge modality-${item.modality}`}>{item.modality}</span>
              )}
              {item.date && (
                <span
                  className={`evidence-date date-${item.dateSource}`}
                  title={
                    item.dateSource === "text"
                      ? "Date stated in the sentence"
                      : "No date in the sentence: the article's date"
                  }
                >
                  {formatPeriod(item.date)} · {item.dateSource === "text" ? "text" : "article"}
                </span>
              )}
              <span className="evidence-article">{articles.get(item.article)?.title || item.article}</span>
              {item.confirmed && (
                <span className="badge confirmed" title="Checked by a person">
                  confirmed
                </span>
              )}
              {item.rule === MANUAL_RULE ? (
                <span className="badge manual" title="Added by hand from this passage">
                  added by hand
                </span>
              ) : (
                item.rule && (
                  <span className="evidence-rule" title="The construction the builder read this from">
                    {item.rule}
                  </span>
                )
              )}
              {edge && curate && (
                <span className="evidence-curate">
                  {!item.confirmed && (
                    <button
                      type="button"
                      className="link small"
                      onClick={() => curate.confirmEvidence(edge, item)}
                      title="I checked this sentence: it says so"
                    >
                      Confirm
                    </button>
                  )}
                  <button
                    type="button"
                    className="link small danger"
                    onClick={() => curate.rejectEvidence(edge, item)}
                    title="This sentence does not say so: take it out of the evidence"
                  >
                    Reject
                  </button>
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {evidence.length > shown.length && (
        <button type="button" className="link more" onClick={() => setExpanded(true)}>
          Show {evidence.length - shown.length} more
        </button>
      )}
      {!!props.hiddenCount && (
        <p className="hint">
          {props.hiddenCount} more {props.hiddenCount === 1 ? "sentence is" : "sentences are"} hidden by the
          filters.
        </p>
      )}
      {props.total !== undefined && props.total > kept && (
        <p className="hint" title="The builder keeps the first sentences of each relation (--max-evidence)">
          {kept.toLocaleString("en")} of {props.total.toLocaleString("en")} sentences kept
        </p>
      )}
    </>
  );
}
