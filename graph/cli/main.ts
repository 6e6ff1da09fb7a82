// The `graph` command line: a table of subcommands.
import { buildCommand } from "./build-command.ts";
import { curationCommand } from "./curation-command.ts";
import { exportCommand } from "./export-command.ts";
import { extractCommand } from "./extract-command.ts";
import { mergeCommand } from "./merge-command.ts";
import { OutPathError, UsageError, type Command, type Terminal } from "./io.ts";
import { errorMessage } from "../errors.ts";
// the CPU clock the bench's stage times read (Node only; the browser counts wall time)
import "../workers/thread-cpu.ts";

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  extract: extractCommand,
  merge: mergeCommand,
  export: exportCommand,
  curation: curationCommand,
};

const USAGE = `Usage: npm run --silent graph -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(8)} ${command.summary}`)
  .join("\n")}

Run "npm run --silent graph -- <command> --help" for the options of a command.
`;

export async function main(argv: string[], terminal: Terminal = process): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? terminal.stderr : terminal.stdout).write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    terminal.stderr.write(`graph: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(args, terminal);
  } catch (error) {
    if (error instanceof OutPathError) {
      terminal.stderr.write(`graph ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      terminal.stderr.write(
        `graph ${name}: ${error.message}\nRun "npm run --silent graph -- ${name} --help" for usage.\n`,
      );
      return 2;
    }
    terminal.stderr.write(`graph ${name}: ${errorMessage(error)}\n`);
    return 1;
  }
}
