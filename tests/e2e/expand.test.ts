// Growing and trimming the view by hand in a real browser (one page for the file): with a focus, each
// Expand click adds one hop along its action; a hidden node leaves sigma and comes back; shift-clicked
// nodes are picked, exported alone and focused. Assertions read sigma's own display state.
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explorerPage, startExplorer, type ExplorerRig } from "./harness.ts";
import { requireChromium } from "./guard.ts";

const chromium = requireChromium("expanding the view in Chromium");

/** The nodes sigma draws (its reducers leave them unhidden), sorted. */
function drawnNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { sigma, graph } = window.__newsgraph!;
    return graph!.filterNodes((node) => !sigma!.getNodeDisplayData(node)!.hidden).sort();
  });
}

function clickNode(page: Page, node: string): Promise<void> {
  return page.evaluate(
    (node) =>
      void window.__newsgraph!.sigma!.emit("clickNode", {
        node,
        event: { original: new MouseEvent("click") },
      } as never),
    node,
  );
}

describe.runIf(chromium)("expanding the view in Chromium", () => {
  let rig: ExplorerRig | undefined;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    rig = await startExplorer("expand");
    ({ context, page, errors } = await explorerPage(rig.browser, `${rig.server.url}?focus=roskomnadzor`, {
      viewport: { width: 1280, height: 720 },
      acceptDownloads: true,
    }));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await rig?.close();
    expect(errors).toEqual([]);
  });

  it("grows the focus one hop per click along the chosen action, in the URL, and undoes it", async () => {
    const bar = page.getByTestId("expand-bar");
    await bar.waitFor();
    const start = await drawnNodes(page);
    expect(start).toContain("roskomnadzor");
    const count = async (button: ReturnType<typeof bar.locator>) =>
      Number(/\+(\d+)/.exec((await button.textContent())!)![1]);

    const first = bar.locator("button[data-step]").first();
    const action = (await first.getAttribute("data-step"))!;
    const added = await count(first);
    expect(added).toBeGreaterThan(0);
    await first.click();
    await expect.poll(() => drawnNodes(page).then((n) => n.length)).toBe(start.length + added);
    const grown = await drawnNodes(page);
    expect(grown).toEqual(expect.arrayContaining(start));
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([action]);
    // Every node added sits one `action` relation from a node shown before.
    const reachedByAction = await page.evaluate(
      ({ start, grown, action }) => {
        const { graph } = window.__newsgraph!;
        const before = new Set(start);
        return grown
          .filter((node) => !before.has(node))
          .every((node) =>
            graph!.someEdge(node, (_e, a, s, t) => a.action === action && before.has(s === node ? t : s)),
          );
      },
      { start, grown, action },
    );
    expect(reachedByAction).toBe(true);

    const any = bar.getByRole("button", { name: /^any/ });
    const more = await count(any);
    await any.click();
    await expect.poll(() => drawnNodes(page).then((n) => n.length)).toBe(grown.length + more);
    expect(new URL(page.url()).searchParams.getAll("expand")).toEqual([action, "*"]);

    await page.getByRole("button", { name: "Undo hop" }).click();
    await expect.poll(() => drawnNodes(page)).toEqual(grown);
    await page.getByRole("button", { name: "Back to focus" }).click();
    await expect.poll(() => drawnNodes(page)).toEqual(start);
  });

  it("hides a node with its relations, says so, and shows it again", async () => {
    const node = (await drawnNodes(page)).find((n) => n !== "roskomnadzor")!;
    await clickNode(page, node);
    await page.getByRole("button", { name: "Hide", exact: true }).click();
    await expect
      .poll(() => page.evaluate((n) => window.__newsgraph!.sigma!.getNodeDisplayData(n)!.hidden, node))
      .toBe(true);
    const edgesDrawn = await page.evaluate((n) => {
      const { sigma, graph } = window.__newsgraph!;
      return graph!.edges(n).filter((e) => !sigma!.getEdgeDisplayData(e)!.hidden).length;
    }, node);
    expect(edgesDrawn).toBe(0);
    expect(new URL(page.url()).searchParams.getAll("hideNode")).toEqual([node]);
    const hidden = page.getByTestId("hidden-bar");
    expect(await hidden.locator("summary").textContent()).toBe("Hidden: 1");
    await hidden.getByRole("button", { name: "Show all" }).click();
    await expect
      .poll(() => page.evaluate((n) => window.__newsgraph!.sigma!.getNodeDisplayData(n)!.hidden, node))
      .toBeFalsy();
    expect(page.url()).not.toContain("hideNode");
  });

  it("picks nodes by shift-click, exports them alone and focuses on them", async () => {
    await page.goto(rig!.server.url);
    await page.waitForSelector("button.legend-toggle", { state: "attached" });
    // Real shift-clicks, at the nodes' positions on the page.
    for (const node of ["telegram", "russian-government"]) {
      const point = await page.evaluate((n) => {
        const { sigma, graph } = window.__newsgraph!;
        const area = document.querySelector(".graph-area")!.getBoundingClientRect();
        const p = sigma!.graphToViewport(graph!.getNodeAttributes(n));
        return { x: p.x + area.left, y: p.y + area.top };
      }, node);
      await page.keyboard.down("Shift");
      await page.mouse.click(point.x, point.y);
      await page.keyboard.up("Shift");
    }
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.picked))
      .toEqual(["russian-government", "telegram"]);
    const highlighted = await page.evaluate(() =>
      ["russian-government", "telegram"].map(
        (n) => window.__newsgraph!.sigma!.getNodeDisplayData(n)!.highlighted,
      ),
    );
    expect(highlighted).toEqual([true, true]);
    expect(await page.evaluate(() => window.__newsgraph!.view!.selection)).toBeNull();
    const bar = page.getByTestId("picked-bar");
    expect(await bar.textContent()).toContain("2 selected");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      bar.getByRole("button", { name: "Export selection" }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      nodes: { key: string }[];
      edges: { source: string; target: string }[];
    };
    expect(saved.nodes.map((n) => n.key).sort()).toEqual(["russian-government", "telegram"]);
    for (const edge of saved.edges)
      expect([edge.source, edge.target].sort()).toEqual(["russian-government", "telegram"]);

    await bar.getByRole("button", { name: "Focus selection" }).click();
    await expect
      .poll(() => page.evaluate(() => window.__newsgraph!.view!.focus))
      .toEqual(["russian-government", "telegram"]);
    expect(await page.evaluate(() => window.__newsgraph!.picked)).toEqual([]);
    const drawn = await drawnNodes(page);
    const total = await page.evaluate(() => window.__newsgraph!.graph!.order);
    expect(drawn).toEqual(expect.arrayContaining(["russian-government", "telegram"]));
    expect(drawn.length).toBeLessThan(total);
  });

  it("lassoes the drawn nodes inside the outline into the selection", async () => {
    await page.goto(rig!.server.url);
    await page.waitForSelector("button.legend-toggle", { state: "attached" });
    await page.getByRole("button", { name: "Lasso" }).click();
    await page.getByTestId("lasso-surface").waitFor();
    // A box of 200 px around Telegram, in page coordinates, and the drawn nodes whose centres fall in it.
    const { box, expected } = await page.evaluate(() => {
      const { sigma, graph } = window.__newsgraph!;
      const area = document.querySelector(".graph-area")!.getBoundingClientRect();
      // From the nodes' own positions (graph coordinates), independently of what the lasso reads.
      const at = (node: string) => sigma!.graphToViewport(graph!.getNodeAttributes(node));
      const centre = at("telegram");
      const box = {
        left: centre.x - 100,
        top: centre.y - 100,
        right: centre.x + 100,
        bottom: centre.y + 100,
      };
      const expected = graph!.filterNodes((node) => {
        const p = at(node);
        return (
          !sigma!.getNodeDisplayData(node)!.hidden &&
          p.x > box.left &&
          p.x < box.right &&
          p.y > box.top &&
          p.y < box.bottom
        );
      });
      return {
        box: {
          left: box.left + area.left,
          top: box.top + area.top,
          right: box.right + area.left,
          bottom: box.bottom + area.top,
        },
        expected: expected.sort(),
      };
    });
    expect(expected).toContain("telegram");
    expect(expected.length).toBeLessThan((await drawnNodes(page)).length);
    await page.mouse.move(box.left, box.top);
    await page.mouse.down();
    await page.mouse.move(box.right, box.top, { steps: 5 });
    await page.mouse.move(box.right, box.bottom, { steps: 5 });
    await page.mouse.move(box.left, box.bottom, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__newsgraph!.view!.picked)).toEqual(expected);
    expect(await page.getByTestId("lasso-surface").count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll("pick")).toEqual(expected);
  });
});
