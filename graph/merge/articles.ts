import { byCodeUnit } from "../order.ts";
import type { Article, ArticleMeta } from "../types.ts";

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Article metadata for the graph attributes, sorted by id, with a fixed key order. */
export function articleMetas(articles: readonly Article[]): ArticleMeta[] {
  return [...articles]
    .sort((a, b) => byCodeUnit(a.id, b.id))
    .map(({ id, title, date, url, publisher, dateSource, text }) => ({
      id,
      title,
      date,
      url,
      publisher,
      ...(dateSource ? { dateSource } : {}),
      words: countWords(text),
      text,
    }));
}
