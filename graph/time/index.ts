export { articleDateIso, evidenceDate, statedDates, type DateSource, type EvidenceDate } from "./resolve.ts";
export { seenSpan, type SeenSpan } from "./span.ts";
export * from "./period.ts";
