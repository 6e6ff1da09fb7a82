// Input problems as every command reports them: one line each, "<file>: <problem>", on stderr.
import type { InputProblem } from "../types.ts";
import type { Terminal } from "./io.ts";

export function reportProblems(problems: readonly InputProblem[], stderr: Terminal["stderr"]): void {
  for (const { file, problem } of problems) stderr.write(`${file}: ${problem}\n`);
}

/** --strict and problems found: exit 1, nothing written. */
export function strictFailure(command: string, count: number, stderr: Terminal["stderr"]): number {
  stderr.write(
    `graph ${command}: --strict and ${count} input problem${count === 1 ? "" : "s"}; nothing written\n`,
  );
  return 1;
}
