import type { Article } from "../types.ts";
import { titleFromText } from "./headline.ts";
import { failed, metadataString, type Parsed } from "./parsed.ts";
import { errorMessage } from "../errors.ts";

/** How many bad item numbers a problem message lists before it just counts the rest. */
const LISTED_ITEMS = 5;

/**
 * JSON: an array of {title, text, date, url, publisher}, or one such object.
 * Array items get the id `file.json#<index>`; items without text are reported together, the others kept.
 */
export function parseJsonArticles(id: string, source: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    return failed(`not valid JSON (${errorMessage(error)})`);
  }
  if (!Array.isArray(data)) {
    const article = toArticle(id, data);
    return article
      ? { articles: [article] }
      : failed('expected an article object with a "text" string, or an array of them');
  }
  if (data.length === 0) return failed("the JSON array holds no articles");

  const articles: Article[] = [];
  const bad: number[] = [];
  data.forEach((item, index) => {
    const article = toArticle(`${id}#${index}`, item);
    if (article) articles.push(article);
    else bad.push(index);
  });
  if (bad.length === 0) return { articles };
  const listed = bad.slice(0, LISTED_ITEMS).map((i) => `#${i}`);
  if (bad.length > LISTED_ITEMS) listed.push(`and ${bad.length - LISTED_ITEMS} more`);
  const which = bad.length === 1 ? `item ${listed[0]} lacks` : `items ${listed.join(", ")} lack`;
  return { articles, problem: `${which} a non-empty "text" string (of ${data.length} items)` };
}

function toArticle(id: string, item: unknown): Article | null {
  if (typeof item !== "object" || item === null) return null;
  const fields = item as Record<string, unknown>;
  const text = fields.text;
  if (typeof text !== "string" || text.trim() === "") return null;
  const date = metadataString(fields.date);
  return {
    id,
    title: metadataString(fields.title) ?? titleFromText(text),
    date,
    url: metadataString(fields.url),
    publisher: metadataString(fields.publisher),
    ...(date !== null ? { dateSource: "json" as const } : {}),
    text,
  };
}
