// Long-line benchmark (run: npx tsx bench/long-line.ts [MB…], or from `npm run bench`): builds one
// article that is a single line of words without punctuation, at 0.2, 1 and 5 MB, through the CLI's
// code path (and the same for a line of letters joined by dots, "a.b.c.…"), and prints the seconds
// and the growth exponent between sizes (1.0 = linear, 2.0 = quadratic). The exponent is computed on
// CPU time, which the load of a shared machine changes less than wall time, after taking off the
// fixed cost of a build (start-up, lexicon) measured on a one-sentence article. Prints numbers;
// asserts nothing.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dottedLine, unpunctuatedLine } from "../tests/fixtures/hostile/text/long-line.ts";
import { measuredRun } from "./measured.ts";

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.join(root, "bench", "out", "long-line");

interface Timing {
  /** Wall time of the build. */
  seconds: number;
  /** CPU time of the whole process. */
  cpuSeconds: number;
}

interface Row extends Timing {
  mb: number;
  /** CPU seconds beyond a one-sentence build's. */
  net: number;
}

/** Builds a folder holding one article through bench/measure.ts. */
async function timeBuild(name: string, text: string): Promise<Timing> {
  const input = path.join(outDir, name);
  await rm(input, { recursive: true, force: true });
  await mkdir(input, { recursive: true });
  await writeFile(path.join(input, "article.txt"), text);
  const result = measuredRun([
    "build",
    input,
    "--out",
    path.join(outDir, `${name}.json`),
    "--quiet",
    "--no-cache", // the same text each run: from the cache it would measure nothing
  ]);
  if (result.code !== 0) throw new Error(`the build of ${name} failed with exit code ${result.code}`);
  return { seconds: result.seconds, cpuSeconds: result.cpuSeconds };
}

const SHAPES = [
  { name: "words without punctuation", make: unpunctuatedLine },
  { name: "letters joined by dots", make: dottedLine },
];

export async function runLongLineBench(sizesMb: readonly number[] = [0.2, 1, 5]): Promise<void> {
  const fixed = await timeBuild("fixed", "Dump\n\nThe Russian government blocked WhatsApp.\n");
  console.log(
    `One line in a single article; fixed cost of a build (one sentence): ${fixed.seconds.toFixed(1)} s, ${fixed.cpuSeconds.toFixed(1)} s of CPU`,
  );
  for (const [i, shape] of SHAPES.entries()) {
    const rows: Row[] = [];
    for (const mb of sizesMb) {
      const timing = await timeBuild(`line-${i}-${mb}`, `Dump\n\n${shape.make(mb * 1_000_000)}\n`);
      rows.push({ mb, ...timing, net: Math.max(timing.cpuSeconds - fixed.cpuSeconds, 0.001) });
    }
    console.log(`\n  ${shape.name}`);
    printRows(rows);
  }
}

/** Below this many net CPU seconds, the noise of the fixed cost hides the growth. */
const MEASURABLE = 1;

/** log(b / a) / log of the size ratio, or "–" while either is too small to tell. */
function exponent(a: Row, b: Row): string {
  if (a.net < MEASURABLE || b.net < MEASURABLE) return "–";
  return (Math.log(b.net / a.net) / Math.log(b.mb / a.mb)).toFixed(2);
}

function printRows(rows: Row[]): void {
  console.log("       MB  seconds  CPU seconds  net CPU  growth exponent");
  rows.forEach((r, i) => {
    const previous = rows[i - 1];
    const growth = previous ? exponent(previous, r) : "";
    console.log(
      [
        String(r.mb).padStart(9),
        r.seconds.toFixed(1).padStart(8),
        r.cpuSeconds.toFixed(1).padStart(12),
        r.net.toFixed(1).padStart(8),
        growth.padStart(16),
      ].join(" "),
    );
  });
  const [first, last] = [rows[0], rows[rows.length - 1]];
  if (first && last && last !== first)
    console.log(`  growth exponent ${first.mb} → ${last.mb} MB: ${exponent(first, last)} (1.00 = linear)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  await runLongLineBench(sizes.length > 0 ? sizes : undefined);
}
