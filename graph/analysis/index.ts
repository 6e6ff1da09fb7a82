// Analysis of the current view, free of DOM and WebGL: rankings with their sources, node metrics, paths
// between two nodes, communities, countries, appearance by analysis, full-text search, the table's rows.
export * from "./types.ts";
export * from "./scope.ts";
export * from "./sources.ts";
export * from "./projection.ts";
export * from "./rankings.ts";
export * from "./centrality.ts";
export * from "./paths.ts";
export * from "./communities.ts";
export * from "./country.ts";
export * from "./appearance.ts";
export * from "./fulltext.ts";
export * from "./table.ts";
