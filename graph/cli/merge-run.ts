// The reduce step run: records files → checked records, streamed into the merger (each extraction is
// counted and let go, only the articles stay) → resolve, assemble, layout → graph JSON.
import { RecordMerger } from "../merge/records.ts";
import { RecordsConflict, streamRecords } from "../records/read.ts";
import type { InputProblem } from "../types.ts";
import type { CurationFile } from "../curation/index.ts";
import { builtWith } from "./built-with.ts";
import { applyCurationFile } from "./curation-file.ts";
import type { Terminal } from "./io.ts";
import { reportProblems, strictFailure } from "./problems.ts";
import { formatSummary } from "./summary.ts";
import { writeGraph } from "./write-graph.ts";

export interface MergeArgs {
  inputs: string[];
  out: string;
  keepIsolated: boolean;
  maxEvidence: number;
  strict: boolean;
  /** --curation: the file, and its operations once read and checked. */
  curationFile: string | null;
  curation: CurationFile | null;
  quiet: boolean;
}

export async function merge(args: MergeArgs, terminal: Terminal): Promise<number> {
  const started = performance.now();
  const { stderr } = terminal;
  let merger: RecordMerger | undefined;
  let articles = 0;
  // What went wrong in the map step, said again where the graph is made (as graph build says it).
  const extractionProblems: InputProblem[] = [];
  let read;
  try {
    read = await streamRecords(args.inputs, (record) => {
      // every record has the first one's lexicons (streamRecords stops at one that has others)
      merger ??= new RecordMerger({
        keepIsolated: args.keepIsolated,
        maxEvidence: args.maxEvidence,
        builtWith: builtWith({
          keepIsolated: args.keepIsolated,
          lexicons: record.lexicon.files,
          maxEvidence: args.maxEvidence,
        }),
      });
      merger.add(record);
      articles++;
      if (record.problem !== null)
        extractionProblems.push({ file: record.article.id, problem: record.problem });
    });
  } catch (error) {
    if (!(error instanceof RecordsConflict)) throw error;
    stderr.write(`graph merge: ${error.message}; nothing written\n`);
    return 1;
  }
  reportProblems(read.problems, stderr);
  reportProblems(extractionProblems, stderr);
  const problems = read.problems.length + extractionProblems.length;
  if (args.strict && problems > 0) return strictFailure("merge", problems, stderr);
  if (!merger) {
    stderr.write("graph merge: no records to merge; nothing written\n");
    return 1;
  }

  const { graph, resolution } = merger.finish();
  if (args.curationFile && args.curation) {
    applyCurationFile(graph, { file: args.curationFile, content: args.curation }, terminal, {
      command: "merge",
      quiet: args.quiet,
    });
  }
  await writeGraph(graph, args.out, stderr, "merge");

  if (!args.quiet) {
    stderr.write(
      formatSummary({
        verb: "Merged",
        out: args.out,
        seconds: (performance.now() - started) / 1000,
        articles,
        problems,
        sentences: merger.sentences,
        entities: resolution.nodes.length,
        graph,
      }),
    );
  }
  return 0;
}
