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

describe("people moving to another service", () => {
  it("makes the service moved to an alternative to the one left, named after 'from'", () => {
    expect(plain("Thousands of Kenyans switched from Telegram to WhatsApp during the exams.")).toContain(
      "WhatsApp alternative_to Telegram",
    );
  });
  it("makes each service of a list an alternative to the one just blocked", () => {
    const text =
      "Pakistan blocked X in February. Since the block, users have moved over to Bluesky and Threads.";
    expect(plain(text)).toEqual(
      expect.arrayContaining(["Bluesky alternative_to X", "Threads alternative_to X"]),
    );
    expect(plain("When Turkey banned Twitter, many turned to Telegram instead.")).toContain(
      "Telegram alternative_to X",
    );
  });
  it("needs people to move, and a service they left", () => {
    expect(plain("After the Telegram ruling, attention shifted to WhatsApp.")).not.toContain(
      "WhatsApp alternative_to Telegram",
    );
    expect(plain("Pakistan blocked X in February. It later moved to restrict Bluesky.")).not.toContain(
      "Bluesky alternative_to X",
    );
    expect(
      plain("Pakistan blocked X in February. Its exports grew. Users flocked to Bluesky."),
    ).not.toContain("Bluesky alternative_to X");
  });
});

describe("an order to stop using a platform", () => {
  it("is a ban by the one who orders it, or by the state when the order is told in the passive", () => {
    expect(plain("Russia ordered officials to stop using WhatsApp for work.")).toContain(
      "Russian government bans WhatsApp",
    );
    const passive = plain(
      "Russia blocked Signal. State officials had been told in March to stop using Viber for work, along with other foreign apps such as WhatsApp and Telegram.",
    );
    expect(passive).toEqual(
      expect.arrayContaining([
        "Russian government bans Viber",
        "Russian government bans WhatsApp",
        "Russian government bans Telegram",
      ]),
    );
  });
  it("is no ban when only urged, or when denied", () => {
    expect(plain("Pavel Durov urged users to stop using WhatsApp.")).not.toContain(
      "Pavel Durov bans WhatsApp",
    );
    expect(plain("Russia blocked Signal. Officials were not told to stop using Viber.")).not.toContain(
      "Russian government bans Viber",
    );
  });
});

describe("an order in the passive to use a platform or move to it", () => {
  it("is the state's mandate", () => {
    expect(plain("Belarus blocked Telegram. Civil servants were ordered to use ICQ for work.")).toContain(
      "Belarusian government mandates ICQ",
    );
    expect(
      plain("Belarus blocked Telegram. Teachers have been told to move their class chats to Viber."),
    ).toContain("Belarusian government mandates Viber");
  });
  it("is no mandate when denied", () => {
    const found = plain("Belarus blocked Telegram. Civil servants were not ordered to use Viber.");
    expect(found.filter((t) => t.includes("mandates"))).toEqual([]);
  });
});
