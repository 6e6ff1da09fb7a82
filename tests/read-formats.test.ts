import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readInputs } from "../graph/read/files.ts";
import { parseArticleFile, parseArticleText } from "../graph/read/index.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const only = (text: string, id: string) => {
  const { articles, problem } = parseArticleText(id, text);
  expect(problem).toBeUndefined();
  expect(articles).toHaveLength(1);
  return articles[0]!;
};

describe(".txt", () => {
  it("takes the first non-empty line as the headline and keeps the whole file as the text", () => {
    const text = "\n  Russia blocks WhatsApp  \n\nMoscow said on Monday…\n";
    expect(only(text, "a.txt")).toEqual({
      id: "a.txt",
      title: "Russia blocks WhatsApp",
      date: null,
      url: null,
      publisher: null,
      text,
    });
  });

  it("strips a UTF-8 byte order mark", () => {
    const { articles } = parseArticleFile("a.txt", "a.txt", bytes("\uFEFFHeadline\nBody."));
    expect(articles[0]?.text).toBe("Headline\nBody.");
    expect(articles[0]?.title).toBe("Headline");
  });
});

describe(".md", () => {
  it("reads title, date, url and publisher from YAML front matter; the text is the body", () => {
    const source = [
      "---",
      "title: Turkey blocks Instagram",
      "date: 2024-08-02",
      "url: https://example.org/a",
      "publisher: Example News",
      "---",
      "Turkey blocked Instagram on Friday.",
      "",
    ].join("\n");
    expect(only(source, "news/a.md")).toEqual({
      id: "news/a.md",
      title: "Turkey blocks Instagram",
      date: "2024-08-02",
      url: "https://example.org/a",
      publisher: "Example News",
      dateSource: "front matter",
      text: "Turkey blocked Instagram on Friday.\n",
    });
  });

  it("falls back to the first # heading, then to the first line", () => {
    expect(only("---\ndate: 2024-01-01\n---\nIntro line\n# The Heading #\nText.", "a.md").title).toBe(
      "The Heading",
    );
    expect(only("Just a first line\nand more.", "b.md").title).toBe("Just a first line");
    expect(only("## Second-level first\ntext", "c.md").title).toBe("Second-level first");
  });

  it("reports front matter that is not YAML", () => {
    expect(parseArticleText("a.md", "---\ntitle: [unclosed\n---\nBody").problem).toMatch(
      /front matter is not valid YAML/,
    );
  });
});

describe(".html", () => {
  const page = `<!doctype html><html><head>
    <title>Brazil suspends X &amp; more | Example</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-08-31T10:00:00Z">
    <meta property="og:url" content="https://example.org/x">
    <style>p { color: red }</style>
    <script>var secret = "do not read";</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article>
      <h1>Brazil suspends X</h1>
      <p>Brazil&#8217;s Supreme Court &ndash; led by Alexandre de Moraes &ndash; suspended X.</p>
      <script>track("view")</script>
      <p>The company <em>criticized</em> the&nbsp;order.<br>It said so on Friday.</p>
      <ul><li>First point</li><li>Second point</li></ul>
      <noscript>Enable JavaScript</noscript><template><p>hidden</p></template>
      <svg><title>icon</title><text>svg text</text></svg>
    </article>
    <footer>© Example News</footer>
  </body></html>`;

  it("keeps readable text only: scripts, styles, navigation and footers dropped, entities decoded", () => {
    const a = only(page, "x.html");
    expect(a.text).toBe(
      [
        "Brazil suspends X",
        "",
        "Brazil’s Supreme Court – led by Alexandre de Moraes – suspended X.",
        "",
        "The company criticized the order.",
        "It said so on Friday.",
        "",
        "First point",
        "Second point",
      ].join("\n"),
    );
    for (const hidden of [
      "secret",
      "track",
      "color",
      "Home",
      "Enable JavaScript",
      "hidden",
      "svg text",
      "©",
    ]) {
      expect(a.text).not.toContain(hidden);
    }
  });

  it("takes the title from <title> and metadata from og:/article: meta tags", () => {
    const a = only(page, "x.html");
    expect(a.title).toBe("Brazil suspends X & more | Example");
    expect(a.date).toBe("2024-08-31T10:00:00Z");
    expect(a.url).toBe("https://example.org/x");
    expect(a.publisher).toBe("Example News");
  });

  it("falls back to <h1> when there is no <title>", () => {
    expect(only("<h1>Only &quot;heading&quot;</h1><p>Text.</p>", "y.htm").title).toBe('Only "heading"');
  });

  it("reports a page with no readable text", () => {
    expect(parseArticleText("z.html", "<script>x()</script><style>a{}</style>").problem).toMatch(
      /no readable text/,
    );
  });
});

describe(".json", () => {
  it("reads an array of articles, each with the id file.json#index", () => {
    const items = [
      { title: "One", text: "First text.", date: "2024-01-01", url: "https://e.org/1", publisher: "E" },
      { text: "Headline from text\nSecond text." },
    ];
    const { articles, problem } = parseArticleText("feed.json", JSON.stringify(items));
    expect(problem).toBeUndefined();
    expect(articles).toEqual([
      {
        id: "feed.json#0",
        title: "One",
        date: "2024-01-01",
        url: "https://e.org/1",
        publisher: "E",
        dateSource: "json",
        text: "First text.",
      },
      {
        id: "feed.json#1",
        title: "Headline from text",
        date: null,
        url: null,
        publisher: null,
        text: "Headline from text\nSecond text.",
      },
    ]);
  });

  it("reads a single article object under the file's own id", () => {
    expect(only(JSON.stringify({ title: "T", text: "Body." }), "one.json").id).toBe("one.json");
  });

  it("keeps the good items and reports the ones without text in one problem", () => {
    const items = [{ text: "ok" }, { title: "no text" }, { text: "" }, "nonsense", { text: "ok too" }];
    const { articles, problem } = parseArticleText("mixed.json", JSON.stringify(items));
    expect(articles.map((a) => a.id)).toEqual(["mixed.json#0", "mixed.json#4"]);
    expect(problem).toBe('items #1, #2, #3 lack a non-empty "text" string (of 5 items)');
  });
});

describe("readInputs over folders", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "newsgraph-read-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("recurses in sorted order, ids relative to the folder, dotfiles and other types skipped", async () => {
    await mkdir(path.join(dir, "in", "b", "deeper"), { recursive: true });
    await mkdir(path.join(dir, "in", ".git"));
    await writeFile(path.join(dir, "in", "z.txt"), "Z\ntext");
    await writeFile(path.join(dir, "in", "a.md"), "# A\ntext");
    await writeFile(path.join(dir, "in", "b", "deeper", "c.html"), "<h1>C</h1><p>text</p>");
    await writeFile(path.join(dir, "in", "b", "list.json"), '[{"text":"one"},{"text":"two"}]');
    await writeFile(path.join(dir, "in", ".hidden.txt"), "hidden");
    await writeFile(path.join(dir, "in", ".git", "x.txt"), "hidden");
    await writeFile(path.join(dir, "in", "notes.pdf"), "%PDF");
    await writeFile(path.join(dir, "single.txt"), "Single\ntext");

    const { articles, problems } = await readInputs([path.join(dir, "in"), path.join(dir, "single.txt")]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      "a.md",
      "b/deeper/c.html",
      "b/list.json#0",
      "b/list.json#1",
      "single.txt",
      "z.txt",
    ]);
  });

  it("reports a file of an unknown type when it is named explicitly", async () => {
    const pdf = path.join(dir, "notes.pdf");
    await writeFile(pdf, "%PDF");
    const { articles, problems } = await readInputs([pdf]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      { file: pdf, problem: expect.stringMatching(/^unsupported file type "\.pdf"/) },
    ]);
  });

  it("reads a file reached twice only once", async () => {
    await writeFile(path.join(dir, "a.txt"), "A\ntext");
    const { articles, problems } = await readInputs([dir, path.join(dir, "a.txt")]);
    expect(articles.map((a) => a.id)).toEqual(["a.txt"]);
    expect(problems).toEqual([]);
  });
});
