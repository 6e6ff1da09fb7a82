import { parseArgs, type ParseArgsConfig } from "node:util";
import { errorMessage } from "../errors.ts";
// What a command may touch of the terminal; tests pass their own.
export interface Terminal {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

/** A mistake in how the command was called: usage message, exit code 2. */
export class UsageError extends Error {}

/** An `--out` nothing can be written to: exit 2 like any usage error, but the message says it all. */
export class OutPathError extends UsageError {}

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full help, printed by `--help`. */
  help: string;
  /** Returns the exit code. */
  run(args: string[], terminal: Terminal): Promise<number>;
}

/**
 * node:util's parseArgs with usage errors a person reads: Node's messages go on to explain `--`,
 * the first sentence is the useful part.
 */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig["options"]>>(
  argv: string[],
  options: O,
) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    const message = errorMessage(error);
    throw new UsageError(message.split(/\.\s/)[0] ?? message);
  }
}
