import { describe, expect, it } from "vitest";
import { ACTION_COLORS, CATEGORY_COLORS, KIND_COLORS } from "../graph/palette.ts";
import { contrast, deltaE, hue, lab, VISIONS } from "./color-vision.ts";

const actions = Object.entries(ACTION_COLORS);
const nodeColors = [...Object.entries(CATEGORY_COLORS), ...Object.entries(KIND_COLORS)];
/** The stage's background in the light and the dark scheme (app/styles.css). */
const STAGES = ["#FFFFFF", "#161B23"];

describe("edge colours", () => {
  it("are their own: none is close to a node category's colour", () => {
    const close = actions.flatMap(([action, color]) =>
      nodeColors
        .filter(([, node]) => deltaE(lab(color), lab(node)) < 12)
        .map(([category]) => `${action}~${category}`),
    );
    expect(close).toEqual([]);
  });

  it("stay apart pairwise, with normal colour vision and with each common deficiency", () => {
    for (const vision of VISIONS) {
      const threshold = vision === "normal" ? 12 : 8.5;
      const near: string[] = [];
      for (let i = 0; i < actions.length; i++)
        for (let j = i + 1; j < actions.length; j++) {
          const [a, ca] = actions[i]!;
          const [b, cb] = actions[j]!;
          if (deltaE(lab(ca, vision), lab(cb, vision)) < threshold) near.push(`${a}~${b}`);
        }
      expect({ vision, near }).toEqual({ vision, near: [] });
    }
  });

  it("are not mostly purple and pink (at most the two rhetoric actions)", () => {
    const purple = actions.filter(([, color]) => {
      const [, a, b] = lab(color);
      return Math.hypot(a, b) > 25 && hue(color) >= 295;
    });
    expect(purple.map(([action]) => action).sort()).toEqual(["accuses", "criticizes"]);
  });

  it("show on the light and the dark stage", () => {
    for (const [action, color] of actions)
      for (const stage of STAGES)
        expect({ action, stage, ok: contrast(color, stage) >= 2 }).toEqual({ action, stage, ok: true });
  });
});
