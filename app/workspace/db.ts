// The workspace in the browser's IndexedDB (through idb): one record per part, so a correction rewrites
// the curation alone and not the graph. Scoped by the browser to this site's origin.
import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CurationOperation } from "../../graph/curation/index.ts";

/** An article added in the page, as it was given: rebuilt into the graph on the next visit. */
export interface SavedArticle {
  id: string;
  name: string;
  text: string;
}

export interface SavedWorkspace {
  curation: CurationOperation[];
  articles: SavedArticle[];
  /** A graph file opened in the page (graphology export), which replaces the site's graph. */
  opened: { name: string; graph: object } | null;
  /** Node positions after the person's own layout: [key, x, y]. */
  positions: [string, number, number][];
}

type Part = keyof SavedWorkspace;

interface WorkspaceSchema extends DBSchema {
  workspace: { key: Part; value: SavedWorkspace[Part] };
}

const DB_NAME = "newsgraph-workspace";
let db: Promise<IDBPDatabase<WorkspaceSchema>> | null = null;

function database(): Promise<IDBPDatabase<WorkspaceSchema>> {
  db ??= openDB<WorkspaceSchema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore("workspace");
    },
  });
  return db;
}

export async function loadWorkspace(): Promise<SavedWorkspace> {
  const store = (await database()).transaction("workspace").store;
  const [curation, articles, opened, positions] = await Promise.all([
    store.get("curation"),
    store.get("articles"),
    store.get("opened"),
    store.get("positions"),
  ]);
  return {
    curation: Array.isArray(curation) ? (curation as CurationOperation[]) : [],
    articles: Array.isArray(articles) ? (articles as SavedArticle[]) : [],
    opened: (opened as SavedWorkspace["opened"]) ?? null,
    positions: Array.isArray(positions) ? (positions as SavedWorkspace["positions"]) : [],
  };
}

export async function savePart<P extends Part>(part: P, value: SavedWorkspace[P]): Promise<void> {
  await (await database()).put("workspace", value, part);
}

export async function clearWorkspace(): Promise<void> {
  await (await database()).clear("workspace");
}
