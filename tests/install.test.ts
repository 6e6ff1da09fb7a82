// `npm ci` must be clean: every dependency install script is either approved or denied in package.json's
// allowScripts, so npm neither warns nor silently skips one. `npm install-scripts ls` is the read-only check
// npm itself offers (it reads node_modules and package.json; no network, nothing installed).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { root } from "./cli-helpers.ts";

const run = promisify(execFile);

describe("npm install", () => {
  it("has no dependency install script left unreviewed (npm ci prints no install-scripts warning)", async () => {
    const { stdout, stderr } = await run("npm", ["install-scripts", "ls"], { cwd: root });
    expect(`${stdout}\n${stderr}`).not.toMatch(/not yet covered by allowScripts/);
    expect(stdout).toMatch(/No packages with unreviewed install scripts/);
  });
});
