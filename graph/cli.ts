// `npm run --silent graph -- <command> …` (see cli/main.ts for the commands).
import { main } from "./cli/main.ts";

process.exitCode = await main(process.argv.slice(2));
