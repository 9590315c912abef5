import { describe, expect, it } from "vitest";
import { RISK_GROUPS } from "@/lib/filing/types";
import { RISK_GROUP_COLOURS } from "./risk-category-style";

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("risk group colours", () => {
  // The reader's pages: stone-50 (light) and stone-950 (dark); chips sit on white or stone-900.
  const backgrounds = { light: "#fafaf9", white: "#ffffff", dark: "#0c0a09", darkChip: "#1c1917" };

  it("are eight distinct colours and a grey, one per group", () => {
    expect(Object.keys(RISK_GROUP_COLOURS).sort()).toEqual([...RISK_GROUPS].sort());
    expect(new Set(Object.values(RISK_GROUP_COLOURS)).size).toBe(RISK_GROUPS.length);
  });

  it.each(Object.entries(backgrounds))("keep 3:1 non-text contrast on the %s background", (_, background) => {
    for (const [group, colour] of Object.entries(RISK_GROUP_COLOURS))
      expect(contrast(colour, background), `${group} ${colour}`).toBeGreaterThanOrEqual(3);
  });
});
