import { describe, expect, it } from "vitest";
import { alignRiskFactors, compareRiskSections } from "./align-risk-factors";
import { bodyOf, CLIMATE, CURRENCY, CYBER, PEOPLE, risk, SUPPLY } from "./constructed-risks";

const statuses = (pairs: ReturnType<typeof alignRiskFactors>) =>
  pairs.map((pair) => [pair.old, pair.new, pair.status]);

describe("alignRiskFactors", () => {
  it("pairs the same risks unchanged and says which one was removed", () => {
    expect(statuses(alignRiskFactors([SUPPLY, CURRENCY, CYBER], [SUPPLY, CYBER]))).toEqual([
      [0, 0, "unchanged"],
      [2, 1, "unchanged"],
      [1, null, "removed"],
    ]);
  });

  it("says which one was added", () => {
    expect(statuses(alignRiskFactors([SUPPLY, CYBER], [SUPPLY, PEOPLE, CYBER]))).toEqual([
      [0, 0, "unchanged"],
      [null, 1, "added"],
      [1, 2, "unchanged"],
    ]);
  });

  it("pairs a reworded risk as changed, with how alike it still is", () => {
    const reworded = risk(
      "We depend on a small number of suppliers for key components and materials.",
      "Our products use semiconductors, displays and batteries that are available from only a few suppliers, most of them in Taiwan. A shortage, an earthquake at a supplier's plant or new export controls could delay our shipments and raise our costs, and we may be unable to qualify other sources in time.",
    );
    const pairs = alignRiskFactors([SUPPLY, CURRENCY], [reworded, CURRENCY]);
    expect(statuses(pairs)).toEqual([
      [0, 0, "changed"],
      [1, 1, "unchanged"],
    ]);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.5);
    expect(pairs[0]!.similarity).toBeLessThan(0.95);
  });

  it("says one of two swapped risks moved, the rest unchanged", () => {
    const pairs = alignRiskFactors([SUPPLY, CURRENCY, CYBER, PEOPLE], [SUPPLY, CYBER, CURRENCY, PEOPLE]);
    expect(pairs.map((pair) => [pair.old, pair.new])).toEqual([
      [0, 0],
      [2, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(pairs.filter((pair) => pair.status === "moved")).toHaveLength(1);
    expect(pairs.filter((pair) => pair.status === "unchanged")).toHaveLength(3);
  });

  it("reports a risk that became two as a split, and two that became one as a merge", () => {
    const both = risk(
      "Our operations face cyber attacks and climate risks.",
      `${bodyOf(CYBER)} ${bodyOf(CLIMATE)}`,
    );
    expect(statuses(alignRiskFactors([SUPPLY, both], [SUPPLY, CYBER, CLIMATE]))).toEqual([
      [0, 0, "unchanged"],
      [1, 1, "split"],
      [1, 2, "split"],
    ]);
    expect(statuses(alignRiskFactors([SUPPLY, CYBER, CLIMATE], [SUPPLY, both]))).toEqual([
      [0, 0, "unchanged"],
      [1, 1, "merged"],
      [2, 1, "merged"],
    ]);
  });

  it("pairs nothing when nothing is alike, and copes with an empty side", () => {
    expect(statuses(alignRiskFactors([SUPPLY], [CLIMATE]))).toEqual([
      [null, 0, "added"],
      [0, null, "removed"],
    ]);
    expect(statuses(alignRiskFactors([], [PEOPLE]))).toEqual([[null, 0, "added"]]);
    expect(alignRiskFactors([], [])).toEqual([]);
  });
});

describe("compareRiskSections", () => {
  it("scores the whole risk section as well as pairing its risks", () => {
    const same = compareRiskSections([SUPPLY, CYBER], [SUPPLY, CYBER]);
    expect(same.scores).toEqual({ cosine: 1, jaccard: 1, minEdit: 1, simple: 1 });
    const less = compareRiskSections([SUPPLY, CYBER, PEOPLE], [SUPPLY, CYBER]);
    expect(less.scores.simple).toBeLessThan(less.scores.cosine);
    expect(less.scores.minEdit).toBeLessThan(1);
  });
});
