import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

const words = [
  "Russia",
  "blocked",
  "WhatsApp",
  "the",
  "regulator",
  ",",
  "and",
  "Meta's",
  "ban",
  "on",
  "was",
  "by",
  "not",
  '"',
  "(",
  ")",
  "Telegram",
  "accused",
  "of",
  "'s",
  "these",
  "apps",
  ".",
  "?",
  "\n",
  "•",
  "Roskomnadzor",
  "X",
  "Max",
  "it",
  "its",
];

describe("the extractor on arbitrary text", () => {
  it("never throws and keeps evidence verbatim with valid offsets", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(" ")),
      fc
        .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 60 })
        .map((w) => w.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const r = extract(t);
        for (const rel of r.relations) {
          const ev = rel.evidence;
          expect(t.slice(ev.start, ev.end)).toBe(ev.sentence);
          expect(rel.subject.key).not.toBe(rel.object.key);
        }
      }),
      { numRuns: 400 },
    );
  });
});
