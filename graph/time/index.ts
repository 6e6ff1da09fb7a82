export { articleDateIso, evidenceDate, statedDates, type DateSource, type EvidenceDate } from "./resolve.ts";
export { seenAttributes, seenSpan, type SeenSpan } from "./span.ts";
export * from "./period.ts";
