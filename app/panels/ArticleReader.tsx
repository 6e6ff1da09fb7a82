// The article behind an evidence sentence: the sentence highlighted, every recognised entity mention
// marked and clickable (text → graph), mentions of the selected node emphasised (graph → text).
// The text is untrusted and only ever rendered as React text nodes.
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CurationActions } from "../curation/actions.ts";
import { PassageRelation, type Passage } from "../curation/PassageRelation.tsx";
import type { ArticleMeta, Evidence, NewsGraph } from "../../graph/types.ts";
import {
  findMentions,
  segmentText,
  textLines,
  type MentionMatcher,
  type TextSegment,
} from "../../graph/view/mentions.ts";
import type { ReaderState } from "../../graph/view/types.ts";
import { formatPeriod } from "../time/format.ts";

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function ArticleReader(props: {
  graph: NewsGraph;
  article: ArticleMeta | undefined;
  reader: ReaderState;
  matcher: MentionMatcher;
  selectedNode: string | null;
  onSelectNode: (node: string) => void;
  onClose: () => void;
  curate?: CurationActions;
}) {
  const { graph, article, reader, matcher, selectedNode, onSelectNode, curate } = props;
  const [passage, setPassage] = useState<Passage | null>(null);
  const highlight = useRef<HTMLElement>(null);
  const head = useRef<HTMLElement>(null);
  const text = article?.text ?? "";
  const lines = useMemo(() => textLines(text), [text]);
  const segments = useMemo(() => {
    const span =
      reader.start !== null && reader.end !== null ? { start: reader.start, end: reader.end } : null;
    const cuts = lines.flatMap((line) => [line.start, line.end]);
    return segmentText(text, findMentions(text, matcher), span, cuts);
  }, [text, lines, matcher, reader.start, reader.end]);

  // The highlighted sentence goes a little below the sticky header, not under it (scrollIntoView centres it
  // in the whole panel, where a tall header could cover it).
  useEffect(() => {
    const mark = highlight.current;
    const scroller = mark?.closest<HTMLElement>(".panel-scroll");
    if (!mark || !scroller) return;
    const headHeight = head.current?.getBoundingClientRect().height ?? 0;
    const offset =
      mark.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const room = scroller.clientHeight - headHeight;
    scroller.scrollTop = Math.max(0, offset - headHeight - Math.max(16, room / 4));
  }, [segments]);

  const renderSegment = (segment: TextSegment) => {
    if (!segment.node || !graph.hasNode(segment.node)) return segment.text;
    const node = segment.node;
    const color = graph.getNodeAttribute(node, "color");
    // A span with the button role rather than a <button>: buttons cannot wrap across lines inside prose.
    return (
      <span
        role="button"
        tabIndex={0}
        key={segment.start}
        className={node === selectedNode ? "mention current" : "mention"}
        style={{ borderColor: color }}
        title={graph.getNodeAttribute(node, "label")}
        data-node={node}
        onClick={() => onSelectNode(node)}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            onSelectNode(node);
          }
        }}
      >
        {segment.text}
      </span>
    );
  };

  // One paragraph (or subheading) per line; consecutive highlighted segments go into one <mark>.
  const body: ReactNode[] = [];
  let next = 0;
  for (const line of lines) {
    const inLine: TextSegment[] = [];
    while (next < segments.length && segments[next]!.start < line.end) {
      if (segments[next]!.start >= line.start) inLine.push(segments[next]!);
      next++;
    }
    const children: ReactNode[] = [];
    for (let i = 0; i < inLine.length;) {
      const segment = inLine[i]!;
      if (!segment.highlighted) {
        children.push(
          <span key={segment.start} data-start={segment.start}>
            {renderSegment(segment)}
          </span>,
        );
        i++;
        continue;
      }
      const run: ReactNode[] = [];
      const start = segment.start;
      while (i < inLine.length && inLine[i]!.highlighted) {
        run.push(
          <span key={inLine[i]!.start} data-start={inLine[i]!.start}>
            {renderSegment(inLine[i]!)}
          </span>,
        );
        i++;
      }
      children.push(
        <mark key={`mark-${start}`} ref={highlight} className="evidence-highlight">
          {run}
        </mark>,
      );
    }
    body.push(
      line.heading ? (
        <h3 key={line.start} className="article-heading">
          {children}
        </h3>
      ) : (
        <p key={line.start}>{children}</p>
      ),
    );
  }

  const spanDate = useMemo(() => highlightedDate(graph, reader), [graph, reader]);
  const href = safeHref(article?.url ?? null);
  const title = article ? article.title || article.id : reader.article;
  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-head" ref={head}>
        <button type="button" className="back" onClick={props.onClose} aria-label="Close article">
          ← Back
        </button>
        {/* Two lines at most; the whole title on hover. */}
        <h2 id="reader-title" title={title}>
          {title}
        </h2>
        {article && (
          <p className="subtitle">
            {[
              article.publisher,
              article.date && (article.dateSource ? `${article.date} (${article.dateSource})` : article.date),
              `${article.words} words`,
              article.id,
            ]
              .filter(Boolean)
              .join(" · ")}
            {href && (
              <>
                {" · "}
                <a href={href} target="_blank" rel="noopener noreferrer">
                  original
                </a>
              </>
            )}
          </p>
        )}
        {spanDate && (
          <p className="reader-date" data-testid="reader-date">
            The highlighted sentence: {formatPeriod(spanDate.date ?? "")},{" "}
            {spanDate.dateSource === "text"
              ? "stated in its text"
              : "the article's date (the sentence states none)"}
          </p>
        )}
      </header>
      {article && curate && !passage && (
        <p className="hint">Select a passage to add a relation it states by hand.</p>
      )}
      {article ? (
        <div
          className="article-text"
          data-testid="article-text"
          onMouseUp={() => {
            if (!curate) return;
            const selected = selectedPassage(text, segments);
            if (selected) setPassage({ article: article.id, ...selected });
          }}
        >
          {body}
        </div>
      ) : null}
      {article && curate && passage && (
        // after the text and sticky at the bottom: in sight wherever in the article the passage is
        <PassageRelation graph={graph} passage={passage} curate={curate} onDone={() => setPassage(null)} />
      )}
      {!article && <p className="hint">This article is not in the graph.</p>}
    </article>
  );
}

/** The date of the evidence the reader highlights (the first evidence item at that span), if it has one. */
function highlightedDate(graph: NewsGraph, reader: ReaderState): Evidence | null {
  if (reader.start === null || reader.end === null) return null;
  let found: Evidence | null = null;
  graph.someEdge((_edge, attributes) => {
    found =
      (attributes.evidence ?? []).find(
        (e) => e.article === reader.article && e.start === reader.start && e.end === reader.end && !!e.date,
      ) ?? null;
    return found !== null;
  });
  return found;
}

/** The character offset in the article of a point of the DOM selection, from its segment's data-start. */
function offsetOf(node: Node, offset: number, isEnd: boolean): number | null {
  if (node instanceof Text) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-start]");
    return segment ? Number(segment.dataset.start) + offset : null;
  }
  if (!(node instanceof Element)) return null;
  // A point between children (a selection of a whole paragraph or mark): the child it starts or ends at.
  const child = node.childNodes[isEnd ? offset - 1 : offset];
  const own = node.closest<HTMLElement>("[data-start]");
  const inner =
    child instanceof Element
      ? child.matches("[data-start]")
        ? child
        : child.querySelectorAll<HTMLElement>("[data-start]")[
            isEnd ? child.querySelectorAll("[data-start]").length - 1 : 0
          ]
      : null;
  const segment = (inner as HTMLElement | null | undefined) ?? own;
  if (!segment) return null;
  return Number(segment.dataset.start) + (isEnd ? (segment.textContent?.length ?? 0) : 0);
}

/** What the person selected in the article: its offsets, text and the nodes it mentions. */
function selectedPassage(
  text: string,
  segments: readonly TextSegment[],
): { start: number; end: number; sentence: string; nodes: string[] } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(range.startContainer, range.startOffset, false);
  const b = offsetOf(range.endContainer, range.endOffset, true);
  if (a === null || b === null) return null;
  let start = Math.min(a, b);
  let end = Math.max(a, b);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 3) return null;
  const nodes = [
    ...new Set(segments.filter((s) => s.node && s.start < end && s.end > start).map((s) => s.node!)),
  ];
  return { start, end, sentence: text.slice(start, end), nodes };
}
