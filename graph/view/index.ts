// The explorer's view logic, free of DOM and WebGL: usable from the browser app and from the CLI.
export * from "./types.ts";
export * from "./state.ts";
export * from "./visibility.ts";
export * from "./search.ts";
export * from "./url.ts";
export * from "./mentions.ts";
export * from "./relations.ts";
export * from "./parallel.ts";
export * from "./applicable.ts";
export * from "./expand.ts";
export * from "./lasso.ts";
export * from "./timeline.ts";
