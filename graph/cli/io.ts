// What a command may touch of the terminal; tests pass their own.
export interface Terminal {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

/** A mistake in how the command was called: usage message, exit code 2. */
export class UsageError extends Error {}

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** Full help, printed by `--help`. */
  help: string;
  /** Returns the exit code. */
  run(args: string[], terminal: Terminal): Promise<number>;
}
