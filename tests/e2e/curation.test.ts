// Corrections in Chromium, checked in sigma's own graph: merging two nodes gives one node with both aliases
// and all the evidence, undo brings the two back and redo merges again; a rejected relation is gone from
// the view and from the exports; after a reload the pasted article, the merge and the rejection are still
// there, and a link to the pasted article opens it. Runs on the curation tests' corpus (tests/fixtures/curation).
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCES } from "../curation-helpers.ts";
import { explorerPage, openExplorer, startExplorer, type ExplorerRig } from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("corrections in Chromium");

const PASTED = "Chirpr fined in Moscow\n\nRoskomnadzor fined the Chirpr messenger on Friday.\n";

/** What sigma draws of a node and its relations. */
function drawn(page: Page, node: string) {
  return page.evaluate((node) => {
    const graph = window.__newsgraph!.sigma!.getGraph();
    if (!graph.hasNode(node)) return null;
    return {
      aliases: graph.getNodeAttribute(node, "aliases"),
      edges: graph.edges(node).sort(),
      evidence: graph.edges(node).reduce((n, e) => n + graph.getEdgeAttribute(e, "evidence").length, 0),
      displayed: !!window.__newsgraph!.sigma!.getNodeDisplayData(node),
    };
  }, node);
}

describe.runIf(chromium)("corrections in Chromium", () => {
  let rig: ExplorerRig | undefined;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    rig = await startExplorer("curation-e2e", SOURCES);
    ({ context, page, errors } = await explorerPage(
      rig.browser,
      `${rig.server.url}?pick=chirper&pick=chirpr`,
      {
        viewport: { width: 1280, height: 720 },
        acceptDownloads: true,
      },
    ));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await rig?.close();
  });

  it("merges two nodes into one with both aliases and all the evidence; undo and redo", async () => {
    const chirper = (await drawn(page, "chirper"))!;
    const chirpr = (await drawn(page, "chirpr"))!;
    expect(chirper.displayed && chirpr.displayed).toBe(true);
    await page.getByRole("button", { name: "Merge 2" }).click();
    await expect.poll(() => drawn(page, "chirpr")).toBeNull();
    const merged = (await drawn(page, "chirper"))!;
    expect(merged.aliases).toEqual(["Chirper", "Chirper app", "Chirpr", "Chirpr messenger"]);
    expect(merged.edges).toEqual(["chirper|accuses|roskomnadzor", "roskomnadzor|blocks|chirper"]);
    expect(merged.evidence).toBe(chirper.evidence + chirpr.evidence);
    expect(merged.displayed).toBe(true);
    // the merged node is selected, its details say so
    await expect.poll(() => page.locator("#details-title").textContent()).toBe("Chirper");

    await page.locator("body").click({ position: { x: 5, y: 700 } });
    await page.keyboard.press("Control+z");
    await expect.poll(() => drawn(page, "chirpr")).toEqual(chirpr);
    expect(await drawn(page, "chirper")).toEqual(chirper);

    await page.getByRole("button", { name: "Redo correction" }).click();
    await expect.poll(() => drawn(page, "chirpr")).toBeNull();
    expect((await drawn(page, "chirper"))!.aliases).toEqual(merged.aliases);
  });

  it("rejects a relation: gone from the view and from the exports", async () => {
    await page.goto(`${rig!.server.url}?edge=roskomnadzor~fines~telegram`);
    await openExplorer(page, `${rig!.server.url}?edge=roskomnadzor~fines~telegram`);
    await page.getByRole("button", { name: "Reject relation" }).click();
    await expect
      .poll(() =>
        page.evaluate(() => window.__newsgraph!.sigma!.getGraph().hasEdge("roskomnadzor|fines|telegram")),
      )
      .toBe(false);
    // the merge made before the reload is still there
    expect(await drawn(page, "chirpr")).toBeNull();

    await page.getByRole("button", { name: "Export", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Graph JSON/ }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      edges: { key: string }[];
      nodes: { key: string }[];
      attributes: { curation: { operations: { op: string }[] } };
    };
    expect(exported.edges.map((e) => e.key)).not.toContain("roskomnadzor|fines|telegram");
    expect(exported.nodes.map((n) => n.key)).not.toContain("chirpr");
    expect(exported.attributes.curation.operations.map((o) => o.op)).toEqual(["merge", "reject-edge"]);
  });

  it("adds a relation by hand from a passage selected in the reader, and confirms a sentence", async () => {
    await openExplorer(page, `${rig!.server.url}?read=a.txt`);
    await page.getByTestId("article-text").waitFor();
    // select a sentence with the mouse's outcome: a DOM range over its text, then mouseup
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll(".article-text p")].find((p) =>
        p.textContent!.startsWith("Roskomnadzor blocked"),
      )!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      paragraph.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    const form = page.getByRole("form", { name: "Add a relation from the selected passage" });
    await form.getByLabel("Subject").selectOption("roskomnadzor");
    await form.getByLabel("Action").selectOption("restricts");
    await form.getByLabel("Object").selectOption("telegram");
    await form.getByRole("button", { name: "Add relation" }).click();
    const manual = await page.waitForFunction(() => {
      const g = window.__newsgraph!.sigma!.getGraph();
      return (
        g.hasEdge("roskomnadzor|restricts|telegram") &&
        g.getEdgeAttribute("roskomnadzor|restricts|telegram", "evidence")
      );
    });
    expect(await manual.jsonValue()).toMatchObject([
      {
        article: "a.txt",
        sentence: "Roskomnadzor blocked Telegram and Signal on Monday, the agency said.",
        rule: "manual",
      },
    ]);

    await openExplorer(page, `${rig!.server.url}?edge=roskomnadzor~blocks~telegram`);
    await page.getByRole("button", { name: "Confirm" }).first().click();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            window
              .__newsgraph!.sigma!.getGraph()
              .getEdgeAttribute("roskomnadzor|blocks|telegram", "evidence")[0]!.confirmed,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.locator(".badge.confirmed").count()).toBeGreaterThan(0);
  });

  it("says so, with an error that stays, when the browser's storage quota refuses the save", async () => {
    const own = await rig!.browser.newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const tight = await own.newPage();
      const cdp = await own.newCDPSession(tight);
      await cdp.send("Storage.overrideQuotaForOrigin", {
        origin: rig!.server.url.slice(0, -1),
        quotaSize: 1,
      });
      await openExplorer(tight, `${rig!.server.url}?pick=chirper&pick=chirpr`);
      await tight.getByRole("button", { name: "Merge 2" }).click();
      await expect
        .poll(() => tight.evaluate(() => window.__newsgraph!.sigma!.getGraph().hasNode("chirpr")))
        .toBe(false);
      await tight.evaluate(() => window.__newsgraph!.workspaceSaved!());
      const alert = tight
        .getByRole("alert")
        .filter({ hasText: "Could not save your corrections in this browser" });
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.textContent()).toMatch(/storage for this site is full|quota/i);
      // the correction itself stays in the page
      expect(await tight.evaluate(() => window.__newsgraph!.sigma!.getGraph().hasNode("chirpr"))).toBe(false);
    } finally {
      await own.close();
    }
  });

  it("after a reload, the pasted article, the merge and the rejection are still there", async () => {
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByLabel(/Paste an article/).fill(PASTED);
    await page.getByRole("button", { name: "Add article" }).click();
    await expect
      .poll(
        () => page.evaluate(() => window.__newsgraph!.sigma!.getGraph().getAttribute("articles").length),
        {
          timeout: 60_000,
        },
      )
      .toBe(3);
    // the article's Chirpr is the merged node's too
    await expect
      .poll(async () => (await drawn(page, "chirper"))?.edges)
      .toContain("roskomnadzor|fines|chirper");
    await page.evaluate(() => window.__newsgraph!.workspaceSaved!());

    await openExplorer(page, `${rig!.server.url}?read=pasted-article-1.txt`);
    await expect
      .poll(() => page.getByTestId("article-text").textContent())
      .toContain("fined the Chirpr messenger");
    const graph = await page.evaluate(() => {
      const g = window.__newsgraph!.sigma!.getGraph();
      return {
        articles: g.getAttribute("articles").map((a) => a.id),
        chirpr: g.hasNode("chirpr"),
        rejected: g.hasEdge("roskomnadzor|fines|telegram"),
        fined: g.hasEdge("roskomnadzor|fines|chirper"),
      };
    });
    expect(graph).toEqual({
      articles: ["a.txt", "b.txt", "pasted-article-1.txt"],
      chirpr: false,
      rejected: false,
      fined: true,
    });
    await page.getByRole("button", { name: /^History/ }).click();
    await expect.poll(() => page.getByTestId("history").locator("li").count()).toBe(4);
    expect(errors).toEqual([]);
  }, 120_000);
});
