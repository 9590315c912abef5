import { describe, expect, it } from "vitest";
import { bodyOf, CLIMATE, CURRENCY, CYBER, PEOPLE, risk, SUPPLY } from "./constructed-risks";
import { buildLineages } from "./lineage";

const reworded = risk(
  "Fluctuations in foreign exchange rates could reduce our reported results.",
  bodyOf(CURRENCY)
    .replace("euros and yen", "euros, yen and pounds")
    .replace("twelve months", "eighteen months"),
);

describe("buildLineages", () => {
  it("follows each risk factor through the years: first and last seen, times changed", () => {
    const lineages = buildLineages([
      { key: "fy2021", riskFactors: [SUPPLY, CURRENCY, CYBER] },
      { key: "fy2022", riskFactors: [SUPPLY, reworded, PEOPLE] },
      { key: "fy2023", riskFactors: [SUPPLY, reworded, PEOPLE] },
    ]);
    const summary = lineages.map(({ id, firstSeen, lastSeen, timesChanged, appearances }) => ({
      id,
      firstSeen,
      lastSeen,
      timesChanged,
      statuses: appearances.map((appearance) => appearance.status),
    }));
    expect(summary).toEqual([
      {
        id: "fy2021:0",
        firstSeen: 0,
        lastSeen: 2,
        timesChanged: 0,
        statuses: ["first", "unchanged", "unchanged"],
      },
      {
        id: "fy2021:1",
        firstSeen: 0,
        lastSeen: 2,
        timesChanged: 1,
        statuses: ["first", "changed", "unchanged"],
      },
      { id: "fy2021:2", firstSeen: 0, lastSeen: 0, timesChanged: 0, statuses: ["first"] },
      { id: "fy2022:2", firstSeen: 1, lastSeen: 2, timesChanged: 0, statuses: ["first", "unchanged"] },
    ]);
  });

  it("continues a split risk in one part and starts the other from it; ends a merged one into its partner", () => {
    const both = risk(
      "Our operations face cyber attacks and climate risks.",
      `${bodyOf(CYBER)} ${bodyOf(CLIMATE)}`,
    );
    const split = buildLineages([
      { key: "a", riskFactors: [SUPPLY, both] },
      { key: "b", riskFactors: [SUPPLY, CYBER, CLIMATE] },
    ]);
    expect(
      split.map(({ id, splitFrom, appearances }) => ({
        id,
        splitFrom,
        risks: appearances.map((a) => a.risk),
      })),
    ).toEqual([
      { id: "a:0", splitFrom: undefined, risks: [0, 0] },
      expect.objectContaining({ id: "a:1" }),
      expect.objectContaining({ splitFrom: "a:1" }),
    ]);
    const merged = buildLineages([
      { key: "a", riskFactors: [SUPPLY, CYBER, CLIMATE] },
      { key: "b", riskFactors: [SUPPLY, both] },
    ]);
    const ended = merged.filter((lineage) => lineage.mergedInto);
    expect(ended).toHaveLength(1);
    expect(["a:1", "a:2"]).toContain(ended[0]!.mergedInto);
    expect(ended[0]!.lastSeen).toBe(0);
  });

  it("has nothing to follow without reports", () => {
    expect(buildLineages([])).toEqual([]);
  });
});
