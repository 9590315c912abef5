import { describe, expect, it } from "vitest";
import { RISK_CATEGORY_LABELS } from "@/lib/filing/risk-taxonomy";
import { readerRiskFactor, riskGroupCounts, type StoredRiskFactor } from "./reader-risk-factor";

const stored: StoredRiskFactor = {
  blockId: "r-1",
  title: "We face intense competition from larger rivals.",
  category: "competition",
  categoryTerms: ["competition"],
  categoryOverride: null,
  categoryChanges: [],
};

describe("a risk factor as the reader shows it", () => {
  it("shows the detected category with why, and an analyst's choice over it with who set it", () => {
    const detected = readerRiskFactor(stored);
    expect(detected).toMatchObject({
      category: "competition",
      group: "strategy-competition",
      overridden: false,
    });
    expect(detected.reason).toContain("competition");
    const overridden = readerRiskFactor({
      ...stored,
      categoryOverride: "litigation",
      categoryChanges: [
        {
          createdAt: new Date("2026-03-04T10:00:00Z"),
          from: "competition",
          to: "litigation",
          user: { name: "Ana" },
        },
      ],
    });
    expect(overridden).toMatchObject({ category: "litigation", group: "legal-regulatory", overridden: true });
    expect(overridden.reason).toBeUndefined();
    expect(overridden.changeNote).toContain(`Set to ${RISK_CATEGORY_LABELS.litigation} by Ana`);
    expect(overridden.changeNote).toContain(`was ${RISK_CATEGORY_LABELS.competition}`);
  });

  it("files a category it does not know under other, and counts groups largest first", () => {
    const unknown = readerRiskFactor({ ...stored, category: "retired-category" });
    expect([unknown.category, unknown.group]).toEqual(["other", "other"]);
    const counts = riskGroupCounts([unknown, readerRiskFactor(stored), readerRiskFactor(stored)]);
    expect(counts.map((entry) => [entry.group, entry.count])).toEqual([
      ["strategy-competition", 2],
      ["other", 1],
    ]);
  });
});
