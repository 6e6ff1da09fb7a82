// The guard every browser suite starts with: without Chromium the suite is skipped, unless
// E2E=required, where a suite "<title> (required)" fails and says why.
import { describe, it } from "vitest";
import { chromiumStatus } from "./harness.ts";

/** Declares the failing suite when Chromium is required and missing; whether browser tests can run. */
export function requireChromium(title: string): boolean {
  const status = chromiumStatus();
  describe.runIf(!status.available && status.required)(`${title} (required)`, () => {
    it("needs Chromium", () => {
      throw new Error(status.message);
    });
  });
  return status.available;
}
