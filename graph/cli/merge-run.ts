// The reduce step run: records files → checked records → resolve, assemble, layout → graph JSON.
import { mergeRecords } from "../merge/records.ts";
import { readRecords, RecordsConflict } from "../records/read.ts";
import { builtWith } from "./built-with.ts";
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
  quiet: boolean;
}

export async function merge(args: MergeArgs, terminal: Terminal): Promise<number> {
  const started = performance.now();
  const { stderr } = terminal;
  let read;
  try {
    read = await readRecords(args.inputs);
  } catch (error) {
    if (!(error instanceof RecordsConflict)) throw error;
    stderr.write(`graph merge: ${error.message}; nothing written\n`);
    return 1;
  }
  reportProblems(read.problems, stderr);
  if (args.strict && read.problems.length > 0) return strictFailure("merge", read.problems.length, stderr);
  const { records } = read;
  if (records.length === 0) {
    stderr.write("graph merge: no records to merge; nothing written\n");
    return 1;
  }
  // What went wrong in the map step, said again where the graph is made (as graph build says it).
  const extractionProblems = records.flatMap((r) =>
    r.problem === null ? [] : [{ file: r.article.id, problem: r.problem }],
  );
  reportProblems(extractionProblems, stderr);
  if (args.strict && extractionProblems.length > 0)
    return strictFailure("merge", read.problems.length + extractionProblems.length, stderr);

  const { graph, resolution } = mergeRecords(records, {
    keepIsolated: args.keepIsolated,
    maxEvidence: args.maxEvidence,
    builtWith: builtWith({
      keepIsolated: args.keepIsolated,
      lexicons: records[0]!.lexicon.files,
      maxEvidence: args.maxEvidence,
    }),
  });
  await writeGraph(graph, args.out, stderr, "merge");

  if (!args.quiet) {
    stderr.write(
      formatSummary({
        verb: "Merged",
        out: args.out,
        seconds: (performance.now() - started) / 1000,
        articles: records.length,
        problems: read.problems.length + extractionProblems.length,
        extractions: records.flatMap((r) => (r.extraction ? [r.extraction] : [])),
        entities: resolution.nodes.length,
        graph,
      }),
    );
  }
  return 0;
}
