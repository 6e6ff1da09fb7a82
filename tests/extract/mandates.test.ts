// Requirements to carry a service and alternatives named in lists. Sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

describe("a service that must be preinstalled", () => {
  it("is mandated by the government of the country, in the passive", () => {
    expect(plain("From March, Max must be preinstalled on every tablet sold in Russia.")).toContain(
      "Russian government mandates Max",
    );
    expect(plain("Russia will require tablet makers to pre-install Max.")).toContain(
      "Russian government mandates Max",
    );
  });
});

describe("alternatives named together", () => {
  it("makes each platform of the list an alternative", () => {
    expect(plain("Russians moved to Signal and Threema as alternatives to WhatsApp.")).toEqual([
      "Signal alternative_to WhatsApp",
      "Threema alternative_to WhatsApp",
    ]);
  });
});
