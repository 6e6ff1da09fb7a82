// Putting a platform or an organisation on an official list: sentences of our own.
import { describe, expect, it } from "vitest";
import { plain } from "./helpers.ts";

describe("a platform added to an official list", () => {
  it("is restricted by a register of violators", () => {
    expect(plain("Roskomnadzor added Discord and Viber to its register of violators on Monday.")).toEqual([
      "Roskomnadzor restricts Discord",
      "Roskomnadzor restricts Viber",
    ]);
  });
  it("is banned by a list of extremists, an organisation too", () => {
    expect(plain("In March Rosfinmonitoring added Meta to its list of terrorists and extremists.")).toEqual([
      "Rosfinmonitoring bans Meta",
    ]);
  });
  it("is blocked by a blacklist", () => {
    expect(plain("Roskomnadzor put Proton Mail on its blacklist.")).toContain(
      "Roskomnadzor blocks Proton Mail",
    );
  });
  it("is nothing on a list that restricts no one, or when it was not added", () => {
    expect(plain("The ministry added Telegram to the list of apps that children may use.")).toEqual([]);
    expect(plain("Roskomnadzor has not added Viber to its register of violators.")).toEqual([]);
  });
});
