// The news fixtures (tests/fixtures/news, the articles written from real coverage) copied round by
// round into folders of their own until the corpus holds `size` articles: real wording, in which
// sentences repeat from article to article.
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { countWords } from "../graph/merge/articles.ts";
import { parseArticleText } from "../graph/read/index.ts";

export const NEWS_REPEATED = 1000;

const newsDir = path.resolve(import.meta.dirname, "..", "tests", "fixtures", "news");

/** Writes the corpus afresh and returns its word count (as the graph counts words). */
export async function writeNewsCorpus(dir: string, size: number): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  const files = (await readdir(newsDir)).sort();
  const words = new Map<string, number>();
  for (const file of files) {
    const articles = parseArticleText(file, await readFile(path.join(newsDir, file), "utf8")).articles;
    words.set(
      file,
      articles.reduce((sum, a) => sum + countWords(a.text), 0),
    );
  }
  let total = 0;
  for (let i = 0; i < size; i++) {
    const file = files[i % files.length]!;
    const round = path.join(dir, `round-${String(Math.floor(i / files.length)).padStart(3, "0")}`);
    if (i % files.length === 0) await mkdir(round, { recursive: true });
    await copyFile(path.join(newsDir, file), path.join(round, file));
    total += words.get(file)!;
  }
  return total;
}
