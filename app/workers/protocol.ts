// Messages between the page and the builder worker.
import type { Resolution } from "../../graph/merge/resolve.ts";
import type { Article, InputProblem } from "../../graph/types.ts";

export interface BuilderRequest {
  id: number;
  /** `id` is the article id (its extension picks the parser), `name` what messages call the file. */
  files: { id: string; name: string; text: string }[];
}

export type BuilderResponse =
  | { id: number; ok: true; articles: Article[]; resolution: Resolution; problems: InputProblem[] }
  | { id: number; ok: false; error: string };
