// Hand-made extractions for the builder tests, so they do not depend on what the extractor finds.
import type { Action, Article, ArticleExtraction, EntityRef, Evidence, Kind } from "../graph/types.ts";

export function entity(
  label: string,
  kind: Kind = "actor",
  category = kind === "actor" ? "government" : "messenger",
): EntityRef {
  return { key: label.toLowerCase(), label, kind, category };
}

export function article(id: string, text = `${id} headline\nSome text.`): Article {
  return { id, title: `${id} headline`, date: null, url: null, publisher: null, text };
}

export function evidence(
  articleId: string,
  start: number,
  end = start + 10,
  sentence = `sentence ${start}`,
): Evidence {
  return { article: articleId, sentence, start, end, modality: "asserted" };
}

type RelationSpec = [subject: EntityRef, action: Action, object: EntityRef, start: number];

/** One article's extraction: the mentions as [entity, surface], the relations with their evidence start. */
export function extraction(
  articleId: string,
  mentions: [EntityRef, string][],
  relations: RelationSpec[] = [],
): ArticleExtraction {
  return {
    article: articleId,
    sentences: 3,
    mentions: mentions.map(([e, surface]) => ({ entity: e, surface })),
    relations: relations.map(([subject, action, object, start]) => ({
      subject,
      action,
      object,
      evidence: evidence(articleId, start),
    })),
  };
}
