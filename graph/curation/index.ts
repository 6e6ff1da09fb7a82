// Curation: a person's corrections to a built graph (types.ts: the file; validate.ts: reading it;
// apply.ts: applying it; lexicon.ts: what of it a lexicon can hold).
export * from "./types.ts";
export { applyCuration, describeSkipped } from "./apply.ts";
export { CurationError, checkCuration, parseCuration, serializeCuration } from "./validate.ts";
export { MANUAL_RULE } from "./edge-ops.ts";
export { curationToLexicon } from "./lexicon.ts";
