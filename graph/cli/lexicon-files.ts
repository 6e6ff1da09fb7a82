// `--lexicon extra.json`: extra lexicon files merged, in order, into the built-in lexicon.
import { readFile } from "node:fs/promises";
import { defaultLexicon, mergeLexicon, type Lexicon } from "../extract/index.ts";
import { describeFsError } from "../read/files.ts";
import { UsageError } from "./io.ts";
import { errorMessage } from "../errors.ts";

export async function loadLexicon(files: readonly string[]): Promise<Lexicon> {
  let lexicon = defaultLexicon();
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(`lexicon ${file}: ${describeFsError(error)}`);
    }
    let extra: unknown;
    try {
      extra = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`lexicon ${file}: not valid JSON (${errorMessage(error)})`);
    }
    try {
      lexicon = mergeLexicon(lexicon, extra);
    } catch (error) {
      throw new UsageError(`lexicon ${file}: ${errorMessage(error)}`);
    }
  }
  return lexicon;
}
