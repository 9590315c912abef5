/**
 * The evaluation: how it scores (on a small labelled text), and the regression guard on the
 * labelled corpus of real filings — the overall numbers may not drop below `eval/floors.json`.
 */
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { evaluateCorpus, readEvaluationCorpus, readFloors } from "./evaluation-corpus";
import { belowFloors, normaliseTitle, scoreFiling, totalScores, type FilingLabels } from "./evaluation";

describe("evaluation scoring", () => {
  const text = [
    "Item 1A. Risk Factors",
    "",
    "We depend on a few customers.",
    "",
    "Our five largest customers bought 62% of our products in fiscal 2023, for $1.2 billion in total. Losing one would hurt.",
    "",
    "We face intense competition.",
    "",
    "Competitors with more resources may cut prices by 10%, or more. We might not follow them.",
  ].join("\n");
  const analysis = analyzeFiling({ content: text, fileName: "acme-10k.txt" });
  const labels: FilingLabels = {
    file: "acme-10k.txt",
    company: "Acme",
    form: "10-K",
    year: 2023,
    format: "text",
    riskSection: true,
    riskFactorTitles: [
      "We depend on a few customers",
      "We face intense competition.",
      "A title nobody wrote.",
    ],
    categories: [
      { title: "We depend", group: "operations-supply", category: "customers" },
      { title: "We face intense", group: "market-macro" },
    ],
    figures: [
      {
        passage:
          "Our five largest customers bought 62% of our products in fiscal 2023, for $1.2 billion in total.",
        figures: [
          { text: "62%", kind: "percent", value: 0.62, unit: "ratio" },
          { text: "fiscal 2023", kind: "date", value: "2023", unit: "period" },
          { text: "$1.2 billion", kind: "money", value: 1_200_000_000, unit: "EUR" },
        ],
      },
    ],
  };
  const score = scoreFiling(labels, analysis);

  it("matches titles whatever their final punctuation, and reports the missed one", () => {
    expect(normaliseTitle("  “Risks” — ahead.  ")).toBe('"risks" - ahead');
    expect(score.titles).toMatchObject({
      labelled: 3,
      found: 2,
      matched: 2,
      missed: ["A title nobody wrote."],
    });
    expect(score.titles.extras).toEqual([]);
  });

  it("scores figures by kind, value and currency inside the labelled passage only", () => {
    // 10% lies outside the passage; the amount's currency is labelled EUR, so it is wrong.
    expect(score.figures).toMatchObject({ labelled: 3, found: 3, matched: 2, passagesNotFound: 0 });
    expect(score.figures.missed).toEqual(['"$1.2 billion" money 1200000000 EUR']);
    expect(score.figures.wrong).toEqual(['"$1.2 billion" money 1200000000 USD']);
  });

  it("compares the analyst's group with the detected category's group", () => {
    expect(score.categories).toMatchObject({
      judged: 2,
      groupAgreed: 1,
      categoryJudged: 1,
      categoryAgreed: 1,
    });
    const totals = totalScores([score]);
    expect(totals.titleRecall).toBeCloseTo(2 / 3);
    expect(totals.figurePrecision).toBeCloseTo(2 / 3);
    expect(belowFloors(totals, { ...totals, groupAgreement: 0.9 })).toEqual(["groupAgreement"]);
    expect(belowFloors(totals, { ...totals, titleExtras: -0.1 })).toEqual(["titleExtras"]);
  });
});

describe("evaluation corpus of real filings", () => {
  const corpus = readEvaluationCorpus();

  it("holds at least 12 labelled filings, 4 of them plain text, every label found in its filing", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((filing) => filing.labels.format === "text").length).toBeGreaterThanOrEqual(4);
    for (const score of evaluateCorpus(corpus)) expect(score.figures.passagesNotFound, score.file).toBe(0);
  });

  it("stays at or above the floor it has reached (npm run eval:analysis prints the table)", () => {
    const totals = totalScores(evaluateCorpus(corpus));
    expect(belowFloors(totals, readFloors())).toEqual([]);
  });
});
