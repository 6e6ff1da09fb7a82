// Article dates and publishers from every place a format keeps them, with the source recorded.
import { describe, expect, it } from "vitest";
import { parseArticleText } from "../graph/read/index.ts";

const only = (text: string, id: string) => {
  const { articles, problem } = parseArticleText(id, text);
  expect(problem).toBeUndefined();
  expect(articles).toHaveLength(1);
  return articles[0]!;
};
const html = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;
const BODY = "<h1>Turkey blocks Instagram</h1><p>Turkey blocked Instagram on Friday.</p>";

describe("HTML", () => {
  it("meta tags come first", () => {
    const a = only(
      html(
        '<meta property="article:published_time" content="2024-08-02T09:00:00Z">',
        `<time datetime="2020-01-01">x</time>${BODY}`,
      ),
      "a.html",
    );
    expect([a.date, a.dateSource]).toEqual(["2024-08-02T09:00:00Z", "meta"]);
  });
  it("then JSON-LD datePublished and publisher.name, in @graph too; a broken block is skipped", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "NewsArticle",
          datePublished: "2024-08-03",
          publisher: { "@type": "Organization", name: "Daily Example" },
        },
      ],
    });
    const a = only(
      html(
        `<script type="application/ld+json">{broken</script><script type="application/ld+json">${ld}</script>`,
        BODY,
      ),
      "a.html",
    );
    expect([a.date, a.dateSource, a.publisher]).toEqual(["2024-08-03", "json-ld", "Daily Example"]);
    expect(a.text).not.toContain("datePublished");
  });
  it("then the first <time datetime> of the body", () => {
    const a = only(html("", `<p>Published <time datetime="2024-08-04">4 August</time></p>${BODY}`), "a.html");
    expect([a.date, a.dateSource]).toEqual(["2024-08-04", "time"]);
  });
});

describe("datelines and date lines", () => {
  it("a dateline that states its year dates a .txt", () => {
    const a = only(
      "Russia blocks Discord\n\nMOSCOW, Oct. 9, 2024 — Russia's regulator blocked Discord.",
      "a.txt",
    );
    expect([a.date, a.dateSource]).toEqual(["2024-10-09", "dateline"]);
  });
  it("so does a line that is a date", () => {
    const a = only("Viber blocked\n\nDec. 14, 2024\n\nRussia blocked Viber on Friday.", "a.txt");
    expect([a.date, a.dateSource]).toEqual(["2024-12-14", "dateline"]);
  });
  it("a dateline without a year is no date, and neither is a date deep in the text", () => {
    expect(only("Law passed\n\nCANBERRA, Nov. 29 — The parliament passed a law.", "a.txt").date).toBeNull();
    const deep = [
      "Headline",
      "One.",
      "Two.",
      "Three.",
      "Four.",
      "Five.",
      "It was blocked on Aug 21, 2025.",
    ].join("\n");
    expect(only(deep, "a.txt").date).toBeNull();
  });
  it("front matter, JSON and meta dates are kept as written, with their source", () => {
    expect(only("---\ndate: Aug 21, 2025\n---\nText.", "a.md")).toMatchObject({
      date: "Aug 21, 2025",
      dateSource: "front matter",
    });
    expect(only('{"text": "Text.", "date": "2025-08-21"}', "a.json")).toMatchObject({
      date: "2025-08-21",
      dateSource: "json",
    });
    expect(only("# Title\n\nAug 21, 2025\n\nText.", "a.md")).toMatchObject({
      date: "2025-08-21",
      dateSource: "dateline",
    });
  });
});
