// Memory of the reduce step (run: npx tsx bench/merge-memory.ts [edges…], or from `npm run bench`):
// writes synthetic records with a given number of distinct edges (10 relations per article, one evidence
// sentence each, the article's text the sentences, as graph extract writes them), merges them with
// `graph merge` through the CLI's code path, and prints peak RSS, its ratio to the records' size (what
// a corpus with longer texts per edge goes by) and the slope in MiB per million edges.
// Prints numbers; asserts nothing.
import { createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleRecord } from "../graph/records/format.ts";
import { ACTIONS, type ArticleExtraction, type EntityRef } from "../graph/types.ts";
import { measuredRun } from "./measured.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "bench", "out", "merge-memory");
const RELATIONS_PER_ARTICLE = 10;
const stamp = { builder: "bench", lexicon: { fingerprint: "bench", files: [] } };

/** Writes records holding `edges` distinct (subject, action, object) triples; returns the file's bytes. */
export async function writeRecords(file: string, edges: number): Promise<number> {
  // Entity pairs (s, s+1+⌊k/P⌋ mod P) are distinct while k < P·(P-1): P ≈ 2√edges leaves room.
  const pool = Math.max(50, 2 * Math.ceil(Math.sqrt(edges)));
  const entityRef = (i: number): EntityRef => ({
    key: `entity-${i}`,
    label: `Entity ${i}`,
    kind: i % 3 === 0 ? "platform" : "actor",
    category: i % 3 === 0 ? "messenger" : i % 3 === 1 ? "government" : "company",
  });
  const out = createWriteStream(file);
  for (let a = 0, k = 0; k < edges; a++) {
    const id = `synthetic/${String(a).padStart(7, "0")}.txt`;
    const sentences: string[] = [];
    const extraction: ArticleExtraction = { article: id, sentences: 0, mentions: [], relations: [] };
    let offset = 0;
    for (let r = 0; r < RELATIONS_PER_ARTICLE && k < edges; r++, k++) {
      const s = k % pool;
      const o = (s + 1 + Math.floor(k / pool)) % pool;
      const [subject, object] = [entityRef(s), entityRef(o)];
      const action = ACTIONS[(s * 7 + o) % ACTIONS.length]!;
      const sentence = `${subject.label} ${action} ${object.label}, officials said on day ${k} of the dispute over access and data.`;
      extraction.mentions.push(
        { entity: subject, surface: subject.label },
        { entity: object, surface: object.label },
      );
      extraction.relations.push({
        subject,
        action,
        object,
        evidence: {
          article: id,
          sentence,
          start: offset,
          end: offset + sentence.length,
          modality: "asserted",
          rule: "bench",
        },
      });
      sentences.push(sentence);
      offset += sentence.length + 1;
    }
    extraction.sentences = sentences.length;
    const text = sentences.join(" ");
    const record = articleRecord(
      stamp,
      { id, title: `Article ${a}`, date: null, url: null, publisher: null, text },
      extraction,
      null,
    );
    if (!out.write(`${JSON.stringify(record)}\n`))
      await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return (await stat(file)).size;
}

export async function runMergeMemoryBench(sizes = [250_000, 1_000_000]): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  console.log(
    `Merge memory (graph merge of synthetic records, ${RELATIONS_PER_ARTICLE} relations per article):`,
  );
  console.log("    edges  records MB  seconds  peak RSS  RSS/records");
  const rows: { edges: number; rssMiB: number }[] = [];
  for (const edges of sizes) {
    const file = path.join(outDir, `records-${edges}.jsonl`);
    const bytes = await writeRecords(file, edges);
    const result = measuredRun(["merge", file, "--out", path.join(outDir, `graph-${edges}.json`), "--quiet"]);
    await rm(file, { force: true });
    if (result.code !== 0) {
      console.log(`merge of ${edges} edges failed with exit code ${result.code}`);
      continue;
    }
    const rssMiB = result.maxRssKiB / 1024;
    rows.push({ edges, rssMiB });
    console.log(
      [
        String(edges).padStart(9),
        (bytes / 1e6).toFixed(0).padStart(11),
        result.seconds.toFixed(1).padStart(8),
        `${Math.round(rssMiB)} MiB`.padStart(9),
        `×${((rssMiB * 1024 * 1024) / bytes).toFixed(1)}`.padStart(12),
      ].join(" "),
    );
  }
  if (rows.length > 1) {
    const [first, last] = [rows[0]!, rows[rows.length - 1]!];
    const slope = ((last.rssMiB - first.rssMiB) / (last.edges - first.edges)) * 1e6;
    console.log(
      `peak RSS grows by ${Math.round(slope)} MiB per million edges (${first.edges} → ${last.edges})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  await runMergeMemoryBench(sizes.length > 0 ? sizes : undefined);
}
