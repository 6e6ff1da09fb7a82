import { describe, expect, it } from "vitest";
import { compileLexicon, defaultLexicon, mergeLexicon } from "../../graph/extract/index.ts";
import { plain } from "./helpers.ts";

describe("lexicon data", () => {
  const lex = defaultLexicon();
  it("is broad: many countries, platforms, companies, agencies and people", () => {
    expect(lex.countries.length).toBeGreaterThan(100);
    const count = (pred: (e: (typeof lex.entities)[number]) => boolean) => lex.entities.filter(pred).length;
    expect(count((e) => e.kind === "platform")).toBeGreaterThan(60);
    expect(count((e) => e.category === "company")).toBeGreaterThan(30);
    expect(count((e) => e.category === "government")).toBeGreaterThan(30);
    expect(count((e) => e.category === "person")).toBeGreaterThan(40);
  });
  it("has unique entity names and a cue for every action", () => {
    const names = lex.entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [action, a] of Object.entries(lex.actions)) {
      expect(a.verbs.length + a.nouns.length + (a.complements?.length ?? 0), action).toBeGreaterThan(0);
    }
  });
  it("compiles every country into a government with its aliases", () => {
    const c = compileLexicon(lex);
    expect(c.entityByKey.get("turkish-government")?.label).toBe("Turkish government");
    expect(plain("Ankara blocked Instagram.", c)).toEqual(["Turkish government blocks Instagram"]);
    expect(plain("Turkish authorities blocked Instagram.", c)).toEqual([
      "Turkish government blocks Instagram",
    ]);
  });
});

describe("extending the lexicon", () => {
  it("adds entities, aliases and verbs from a user's file", () => {
    const before = compileLexicon(defaultLexicon());
    expect(plain("Freedonia's Ministry of Truth zapped Chirper.", before)).toEqual([]);
    const extra = {
      entities: [
        { name: "Chirper", kind: "platform", category: "social network", aliases: ["Chirper app"] },
        { name: "Ministry of Truth", kind: "actor", category: "government", aliases: ["MiniTrue"] },
      ],
      actions: { blocks: { verbs: ["zap"] } },
    };
    const after = compileLexicon(mergeLexicon(defaultLexicon(), extra));
    expect(plain("The Ministry of Truth zapped Chirper.", after)).toEqual([
      "Ministry of Truth blocks Chirper",
    ]);
    expect(plain("MiniTrue zapped the Chirper app.", after)).toEqual(["Ministry of Truth blocks Chirper"]);
  });
  it("takes a user's verbs of moving to another service", () => {
    const text = "Uganda blocked Facebook in January. Since the block, users have hopped to Twitter.";
    expect(plain(text)).not.toContain("X alternative_to Facebook");
    const lex = compileLexicon(
      mergeLexicon(defaultLexicon(), { actions: { alternative_to: { migrations: ["hop"] } } }),
    );
    expect(plain(text, lex)).toContain("X alternative_to Facebook");
    expect(() =>
      mergeLexicon(defaultLexicon(), { actions: { alternative_to: { migrations: "hop" } } }),
    ).toThrow(/alternative_to\.migrations must be an array/);
  });
  it("also knows a body named '<X> of <its country>' as '<country>'s <X>'", () => {
    const extra = {
      entities: [
        {
          name: "Digital Media Board of Kenya",
          kind: "actor",
          category: "government",
          aliases: [],
          country: "Kenya",
        },
      ],
    };
    const lex = compileLexicon(mergeLexicon(defaultLexicon(), extra));
    expect(plain("Kenya's Digital Media Board banned Chirper and Telegram.", lex)).toContain(
      "Digital Media Board of Kenya bans Telegram",
    );
    // a body of another country is not written so
    expect(plain("Uganda's Digital Media Board banned Telegram.", lex)).not.toContain(
      "Digital Media Board of Kenya bans Telegram",
    );
  });
  it("extends an existing entity's aliases instead of duplicating it", () => {
    const merged = mergeLexicon(defaultLexicon(), {
      entities: [{ name: "Telegram", kind: "platform", category: "messenger", aliases: ["Telega"] }],
    });
    expect(merged.entities.filter((e) => e.name === "Telegram")).toHaveLength(1);
    expect(plain("Russia throttled Telega.", compileLexicon(merged))).toEqual([
      "Russian government restricts Telegram",
    ]);
  });
  it("rejects malformed files with a message that names the problem", () => {
    const base = defaultLexicon();
    expect(() => mergeLexicon(base, [])).toThrow(/JSON object/);
    expect(() => mergeLexicon(base, { entities: [{ name: "X1" }] })).toThrow(/entities\[0\].*kind/);
    expect(() => mergeLexicon(base, { actions: { zaps: { verbs: ["zap"] } } })).toThrow(/unknown action/);
    expect(() => mergeLexicon(base, { actions: { blocks: { verbs: "zap" } } })).toThrow(/array of strings/);
    expect(() => mergeLexicon(base, { widgets: [] })).toThrow(/unknown section "widgets"/);
  });
});

describe("generic technology words", () => {
  it("never makes a service of a word that names a kind of technology", () => {
    const found = plain("Apple removed VPN apps from its store. Users in China connect through a VPN.");
    expect(found.filter((t) => t.includes("VPN"))).toEqual([]);
    // a named VPN service is still one
    expect(plain("Roskomnadzor blocked ExpressVPN.")).toContain("Roskomnadzor blocks ExpressVPN");
  });
  it("takes more generic words from a user's file", () => {
    const lex = compileLexicon(mergeLexicon(defaultLexicon(), { heads: { generic: ["Proxy"] } }));
    expect(plain("Roskomnadzor blocked Proxy apps.", lex).filter((t) => t.includes("Proxy"))).toEqual([]);
    expect(plain("Roskomnadzor blocked Proxy apps.")).toContain("Roskomnadzor blocks Proxy");
  });
});

describe("company head nouns", () => {
  it("make the unknown names after them companies, every name of a list", () => {
    expect(plain("Zambia's state-owned telecom companies Zamtel and Vortexa cut their prices.")).toEqual([
      "Zambian government owns Vortexa",
      "Zambian government owns Zamtel",
    ]);
  });
  it("take more head nouns from a user's file, and refuse a malformed list", () => {
    const text = "Zambia's state-owned utilities Zamtel and Vortexa cut their prices.";
    expect(plain(text)).toEqual([]);
    const lex = compileLexicon(mergeLexicon(defaultLexicon(), { heads: { companies: ["utilities"] } }));
    expect(plain(text, lex)).toContain("Zambian government owns Zamtel");
    expect(() => mergeLexicon(defaultLexicon(), { heads: { companies: "utilities" } })).toThrow(
      /heads.companies/,
    );
  });
});

describe("modifiers inside a verb cue", () => {
  it("reads 'raised serious concerns about' and 'expressed deep concern over' as the cue", () => {
    expect(
      plain("Roskomnadzor blocked Telegram. Amnesty International raised serious concerns about the block."),
    ).toContain("Amnesty International criticizes Roskomnadzor");
    expect(plain("Roskomnadzor blocked Telegram. The OSCE expressed deep concern over the block.")).toContain(
      "OSCE criticizes Roskomnadzor",
    );
  });
  it("takes the modifiers from the lexicon data, so a user can add one", () => {
    const base = defaultLexicon();
    const lex = compileLexicon({ ...base, cueModifiers: { ...base.cueModifiers, words: ["unusual"] } });
    const text =
      "Roskomnadzor blocked Telegram. Amnesty International raised unusual concerns about the block.";
    expect(plain(text, lex)).toContain("Amnesty International criticizes Roskomnadzor");
    expect(plain(text)).not.toContain("Amnesty International criticizes Roskomnadzor");
  });
});
