// chrono-node, configured for news prose. Two changes to its casual English parser:
// - a year on its own after a preposition or a modifier ("in 2018", "since 2020", "mid-2023", "the 2018
//   ban") is a date; chrono reads a bare number as no date at all;
// - time-of-day words are left out ("the night of July 17"): chrono's casual time parser takes them and
//   loses the date after them, and the time of day is finer than anything Newsgraph keeps; so are
//   durations ("for five days"), which chrono reads as a date that far from the article's;
// - a month name in lower case is a verb or a modal ("protesters march", "may block"), not a month.
import { Chrono, configuration, type Parser, type Refiner } from "chrono-node/en";

// The word before the year is part of the match: chrono hands a parser the text from where the last match
// ended (no look-behind), and drops a result whose text is a bare number.
const YEAR_AFTER_WORD =
  /\b(in|since|by|until|till|through|throughout|from|to|of|during|before|after|around|early|mid|late|the|and|or|summer|spring|autumn|fall|winter)([\s-]+)((?:19|20)\d{2})(?![\d%]|[.,]\d|s\b|-\d)/i;

const yearParser: Parser = {
  pattern: () => YEAR_AFTER_WORD,
  extract: (_context, match) => ({ year: Number(match[3]) }),
};

const LOWER_CASE_MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[.,]?\s*$/;

const lowerCaseMonthFilter: Refiner = {
  refine: (_context, results) => results.filter((result) => !LOWER_CASE_MONTH.test(result.text)),
};

/**
 * Parsers left out, known by their patterns (class names do not survive minifying): the casual time parser
 * (its pattern names parts of the day) and the duration parser ("within 12 months", "for five days"), whose
 * durations are how long something lasts, not when it happened.
 */
const LEFT_OUT = [/afternoon/, /^\(\?:(?:\(\?:)?within\|in\|for\)/];

const leftOut = (parser: Parser): boolean => {
  const inner = (parser as { innerPattern?: (context: unknown) => RegExp }).innerPattern;
  if (typeof inner !== "function") return false;
  try {
    const source = inner.call(parser, { option: {} }).source;
    return LEFT_OUT.some((pattern) => pattern.test(source));
  } catch {
    return false;
  }
};

function newsChrono(): Chrono {
  const config = configuration.createCasualConfiguration();
  config.parsers = config.parsers.filter((parser) => !leftOut(parser));
  config.parsers.push(yearParser);
  config.refiners.push(lowerCaseMonthFilter);
  return new Chrono(config);
}

let chrono: Chrono | undefined;

/** The configured parser, made on first use (its setup compiles a few dozen patterns). */
export function newsDateParser(): Chrono {
  return (chrono ??= newsChrono());
}
