import { Parser } from "htmlparser2";
import type { ArticleDateSource } from "../types.ts";
import { linkedData } from "./dates.ts";
import { failed, firstNonEmptyLine, type Parsed } from "./parsed.ts";

/** Elements whose content is never article text (<title> inside <head> is read separately). */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "nav",
  "footer",
  "head",
  "iframe",
  "object",
  "canvas",
]);
/** Elements that end a paragraph: a blank line keeps headlines and paragraphs apart for the sentence splitter. */
const PARAGRAPH = new Set(
  "p h1 h2 h3 h4 h5 h6 div section article main header aside blockquote pre figure figcaption table ul ol dl hr address details summary".split(
    " ",
  ),
);
/** Elements that end a line. */
const LINE = new Set(["br", "li", "tr", "dt", "dd"]);
/** Table cells are separated by a space so their words do not run together. */
const CELL = new Set(["td", "th"]);

// Metadata, best source first.
const DATE_META = [
  "article:published_time",
  "og:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publish-date",
  "dc.date",
];
const URL_META = ["og:url"];
const PUBLISHER_META = ["og:site_name", "publisher", "article:publisher"];
const TITLE_META = ["og:title"];

/** HTML: readable text only (scripts, styles, navigation and the like dropped; entities decoded). */
export function parseHtml(id: string, html: string): Parsed {
  const chunks: string[] = [];
  const skipped: string[] = []; // open skipped elements, innermost last
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  const jsonLd: string[] = [];
  let inJsonLd = false;
  let timeDate: string | null = null;
  let docTitle = "";
  let h1 = "";
  let inTitle = false;
  let inH1 = false;
  let preDepth = 0;
  let pendingBreaks = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "meta") {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
          const content = attrs.content?.trim();
          if (key && content && !meta.has(key)) meta.set(key, content);
        } else if (name === "link" && attrs.rel?.toLowerCase() === "canonical" && attrs.href) {
          canonical ??= attrs.href.trim();
        } else if (name === "title") {
          inTitle = skipped.every((tag) => tag === "head");
        } else if (name === "script" && attrs.type?.trim().toLowerCase() === "application/ld+json") {
          inJsonLd = true;
          jsonLd.push("");
        } else if (name === "time" && attrs.datetime?.trim()) {
          timeDate ??= attrs.datetime.trim();
        }
        if (SKIPPED.has(name)) skipped.push(name);
        if (skipped.length > 0) return;
        if (name === "h1") inH1 = h1 === "";
        if (name === "pre") preDepth++;
        breakFor(name);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (name === "script") inJsonLd = false;
        if (SKIPPED.has(name)) {
          const at = skipped.lastIndexOf(name);
          if (at >= 0) skipped.length = at;
          return;
        }
        if (skipped.length > 0) return;
        if (name === "h1") inH1 = false;
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (name !== "br") breakFor(name);
      },
      ontext(data) {
        if (inTitle) docTitle += data;
        if (inJsonLd) jsonLd[jsonLd.length - 1] += data;
        if (skipped.length > 0) return;
        if (inH1) h1 += data;
        const blank = data.trim() === "";
        if (blank && preDepth === 0 && (pendingBreaks > 0 || chunks.length === 0)) return; // indentation between blocks
        if (pendingBreaks > 0 && chunks.length > 0) chunks.push("\n".repeat(pendingBreaks));
        pendingBreaks = 0;
        chunks.push(preDepth > 0 ? data : data.replace(/\s+/g, " "));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  // Breaks are held until the next text, so nested or adjacent blocks give one break, not a pile.
  function breakFor(name: string): void {
    if (PARAGRAPH.has(name)) pendingBreaks = 2;
    else if (name === "br") pendingBreaks = Math.min(2, pendingBreaks + 1);
    else if (LINE.has(name)) pendingBreaks = Math.max(pendingBreaks, 1);
    else if (CELL.has(name)) chunks.push(" ");
  }

  const text = tidy(chunks.join(""));
  if (text === "") return failed("no readable text in the HTML");
  const pick = (keys: string[], accept = (_v: string) => true) =>
    keys.map((k) => meta.get(k)).find((v) => v !== undefined && accept(v)) ?? null;
  const linked = linkedData(jsonLd);
  // Best source first: the page's meta tags, its JSON-LD, then a <time datetime> in the body.
  const dated: [string | null, ArticleDateSource][] = [
    [pick(DATE_META), "meta"],
    [linked.date, "json-ld"],
    [timeDate, "time"],
  ];
  const [date, dateSource] = dated.find(([value]) => value !== null) ?? [null, undefined];
  return {
    articles: [
      {
        id,
        title: pick(TITLE_META) ?? (oneLine(docTitle) || oneLine(h1) || firstNonEmptyLine(text)),
        date,
        url: pick(URL_META) ?? canonical,
        // article:publisher is often a link to a social profile rather than a name.
        publisher: pick(PUBLISHER_META, (v) => !/^https?:\/\//i.test(v)) ?? linked.publisher,
        ...(dateSource ? { dateSource } : {}),
        text,
      },
    ],
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** Trims each line, squeezes spaces, and keeps at most one blank line between paragraphs. */
function tidy(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.replace(/[ \t\f\r\v\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
