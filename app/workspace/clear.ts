// "Clear the workspace": forget what this browser saved (added articles, the opened graph, corrections,
// layout) and show the site's graph again. Files npm start wrote into the project stay.
import { clearWorkspace } from "./db.ts";
import { notify } from "../notices/store.ts";
import { saveProblem } from "./autosave.ts";

export async function clearSavedWorkspace(): Promise<void> {
  if (
    !window.confirm(
      "Forget the articles you added, the graph you opened, your corrections and layout saved in this browser?",
    )
  )
    return;
  try {
    await clearWorkspace();
    window.location.reload();
  } catch (error) {
    notify({ kind: "error", message: `The workspace could not be cleared: ${saveProblem(error)}.` });
  }
}
