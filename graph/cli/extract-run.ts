// The map step run: read → this shard's articles → records (from the cache or extracted) → records file.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { readInputs } from "../read/files.ts";
import type { ArticleRecord } from "../records/format.ts";
import { writeFileAtomic } from "../write.ts";
import type { ReadExtractArgs } from "./common-options.ts";
import { extractStep } from "./extract-articles.ts";
import type { Terminal } from "./io.ts";
import { loadLexicon } from "./lexicon-files.ts";
import { reportProblems, strictFailure } from "./problems.ts";
import { inShard, type Shard } from "./shard.ts";
import { cacheLine } from "./summary.ts";

export interface ExtractArgs extends ReadExtractArgs {
  inputs: string[];
  out: string;
  shard: Shard;
  cache: string | null;
  quiet: boolean;
}

export async function extract(args: ExtractArgs, terminal: Terminal): Promise<number> {
  const started = performance.now();
  const { stderr } = terminal;
  const lexicon = await loadLexicon(args.lexicons);
  const lexiconFiles = args.lexicons.map((f) => path.basename(f));

  const read = await readInputs(args.inputs, { maxFileBytes: args.maxFileMb * 1024 * 1024 });
  const articles = read.articles.filter((a) => inShard(a.id, args.shard));
  const problems = read.problems.filter((p) => inShard(p.file, args.shard));
  reportProblems(problems, stderr);
  if (args.strict && problems.length > 0) return strictFailure("extract", problems.length, stderr);
  if (read.articles.length === 0) {
    // An empty shard is normal (more shards than articles); inputs with no article at all are not.
    stderr.write("graph extract: no articles to extract in the inputs; nothing written\n");
    return 1;
  }

  const extracted = await extractStep(
    articles,
    problems,
    {
      lexicon,
      lexiconFiles,
      workers: args.workers,
      cacheDir: args.cache,
      strict: args.strict,
      quiet: args.quiet,
    },
    stderr,
    "extract",
  );
  if (typeof extracted === "number") return extracted;

  await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
  await writeFileAtomic(args.out, recordLines(extracted.records));

  if (!args.quiet) {
    const { index, count } = args.shard;
    const seconds = (performance.now() - started) / 1000;
    const shard =
      count > 1 ? ` (shard ${index}/${count}: ${articles.length} of ${read.articles.length})` : "";
    const lines = [
      `Extracted ${articles.length} article${articles.length === 1 ? "" : "s"}${shard} to ${args.out} in ${seconds.toFixed(1)} s`,
      `  ${cacheLine({ dir: args.cache, reused: extracted.reused, extracted: extracted.extracted })}`,
    ];
    if (problems.length > 0)
      lines.push(`  ${problems.length} input problem${problems.length === 1 ? "" : "s"} (listed above)`);
    stderr.write(lines.join("\n") + "\n");
  }
  return 0;
}

function* recordLines(records: readonly ArticleRecord[]): Generator<string> {
  for (const record of records) yield `${JSON.stringify(record)}\n`;
}
