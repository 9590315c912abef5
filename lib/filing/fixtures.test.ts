/**
 * The real filings: what the analysis must find in them, as written in the *.expected.json
 * files beside them (derived by hand from the text).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { blockTexts, findInvariantViolation } from "./testing";
import { RISK_CATEGORIES, riskGroupOf, type Figure, type FigureKind, type FilingAnalysis } from "./types";

interface Expected {
  source: string;
  metadata?: { company?: string; form?: string; fiscalYear?: number };
  sections: { label: string; title: string }[];
  groupHeaders?: string[];
  riskFactorTitles: string[];
  figures: Partial<Record<FigureKind, string[]>>;
  figureValues?: { kind: FigureKind; text: string; value: number | string; unit: string }[];
}

const root = path.resolve(__dirname, "../..");
const fixtures = path.join(__dirname, "__fixtures__");

function load(expectedFile: string, sourceFile: string): { expected: Expected; analysis: FilingAnalysis } {
  const expected = JSON.parse(readFileSync(path.join(fixtures, expectedFile), "utf8")) as Expected;
  const content = readFileSync(sourceFile, "utf8");
  return { expected, analysis: analyzeFiling({ content, fileName: path.basename(sourceFile) }) };
}

/** The figures of a kind matched in document order: each expected text is found after the last. */
function matchInOrder(figures: readonly Figure[], kind: FigureKind, texts: readonly string[]): Figure[] {
  const ofKind = figures.filter((f) => f.kind === kind);
  const matched: Figure[] = [];
  let from = 0;
  for (const text of texts) {
    const index = ofKind.findIndex((f, i) => i >= from && f.text === text);
    expect(index, `${kind} "${text}" (after ${matched.length} matched)`).toBeGreaterThanOrEqual(0);
    const figure = ofKind[index];
    if (figure !== undefined) matched.push(figure);
    from = index + 1;
  }
  return matched;
}

function commonChecks(name: string, load: () => { expected: Expected; analysis: FilingAnalysis }): void {
  const { expected, analysis } = load();

  describe(name, () => {
    it("keeps the invariants", () => {
      expect(findInvariantViolation(analysis)).toBeUndefined();
    });

    it("finds the sections", () => {
      expect(analysis.sections.map((s) => ({ label: s.label, title: s.title }))).toEqual(expected.sections);
    });

    it("finds every risk-factor title, in order, and no other", () => {
      expect(analysis.riskFactors.map((r) => r.title)).toEqual(expected.riskFactorTitles);
      expect(blockTexts(analysis, "riskTitle")).toEqual(expected.riskFactorTitles);
    });

    it("finds the group headers", () => {
      expect(blockTexts(analysis, "groupHeader")).toEqual(expected.groupHeaders ?? []);
    });

    it("finds the listed figures in document order", () => {
      for (const [kind, texts] of Object.entries(expected.figures) as [FigureKind, string[]][]) {
        matchInOrder(analysis.figures, kind, texts);
      }
    });

    if (expected.figureValues !== undefined) {
      const values = expected.figureValues;
      it("normalizes the sampled figures", () => {
        let from = 0;
        for (const sample of values) {
          const index = analysis.figures.findIndex((f, i) => i >= from && f.text === sample.text);
          expect(index, sample.text).toBeGreaterThanOrEqual(0);
          expect(analysis.figures[index]).toMatchObject(sample);
          from = index + 1;
        }
      });
    }

    if (expected.metadata !== undefined) {
      const metadata = expected.metadata;
      it("detects the metadata", () => {
        expect(analysis.metadata).toEqual(metadata);
      });
    }

    it("gives every risk factor a body and a category explained by terms", () => {
      for (const risk of analysis.riskFactors) {
        expect(risk.end).toBeGreaterThan(risk.titleEnd);
        expect(RISK_CATEGORIES).toContain(risk.category);
        if (risk.category !== "other") expect(risk.categoryTerms.length).toBeGreaterThan(0);
      }
    });
  });
}

commonChecks("IIJ 20-F fiscal 2008, Item 3 (plain text sample)", () =>
  load("iij-20f-fy2008-item3.expected.json", path.join(root, "prisma/seed/filings/iij-20f-fy2008-item3.txt")),
);
commonChecks("FedEx 10-K fiscal 2023, Item 1A (extracted text, run-in titles)", () =>
  load("fedex-10k-fy2023-item1a.expected.json", path.join(fixtures, "fedex-10k-fy2023-item1a.txt")),
);
commonChecks("GAINSCO 10-K fiscal 2009, Item 1A (EDGAR HTML)", () =>
  load("gainsco-10k-fy2009-item1a.expected.json", path.join(fixtures, "gainsco-10k-fy2009-item1a.htm")),
);

describe("IIJ sample: details", () => {
  const { expected, analysis } = load(
    "iij-20f-fy2008-item3.expected.json",
    path.join(root, "prisma/seed/filings/iij-20f-fy2008-item3.txt"),
  );
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];

  it("normalizes every listed money amount, percentage, date and share count", () => {
    // An independent reading of the listed texts, to check the values the detector gives.
    for (const figure of matchInOrder(analysis.figures, "money", expected.figures.money ?? [])) {
      const m = /^¥([\d.,]+) (million|billion)$/.exec(figure.text);
      const amount = Number(m?.[1]?.replace(/,/g, "")) * (m?.[2] === "billion" ? 1e9 : 1e6);
      expect(figure.unit).toBe("JPY");
      expect(figure.value).toBeCloseTo(amount, 0);
      expect(Number.isInteger(figure.value)).toBe(true);
    }
    for (const figure of matchInOrder(analysis.figures, "percent", expected.figures.percent ?? [])) {
      expect(figure).toMatchObject({ unit: "ratio", value: Number(figure.text.replace("%", "")) / 100 });
    }
    for (const figure of matchInOrder(analysis.figures, "date", expected.figures.date ?? [])) {
      const [month = "", day, year = ""] =
        figure.text.replace(",", "").split(" ").length === 3
          ? figure.text.replace(",", "").split(" ")
          : [figure.text.split(" ")[0], undefined, figure.text.split(" ")[1]];
      const mm = String(months.indexOf(month) + 1).padStart(2, "0");
      expect(figure.value).toBe(
        day === undefined ? `${year}-${mm}` : `${year}-${mm}-${day.padStart(2, "0")}`,
      );
      expect(figure.unit).toBe("date");
    }
    for (const figure of matchInOrder(analysis.figures, "shareCount", expected.figures.shareCount ?? [])) {
      expect(figure).toMatchObject({
        unit: "shares",
        value: Number(figure.text.split(" ")[0]?.replace(/,/g, "")),
      });
    }
  });

  it("gives the examples of the notes their values", () => {
    const byText = (text: string): Figure | undefined => analysis.figures.find((f) => f.text === text);
    expect(byText("¥5,025 million")).toMatchObject({ kind: "money", value: 5025000000, unit: "JPY" });
    expect(byText("29.4%")).toMatchObject({ kind: "percent", value: 0.294, unit: "ratio" });
    expect(byText("June 25, 2008")).toMatchObject({ kind: "date", value: "2008-06-25" });
    expect(byText("May 2007")).toMatchObject({ kind: "date", value: "2007-05" });
  });

  it("ends each risk factor at the paragraph before the next title, the last at the end", () => {
    const risks = analysis.riskFactors;
    for (let i = 0; i + 1 < risks.length; i++) {
      const next = risks[i + 1];
      expect(analysis.text.slice(risks[i]?.end, next?.start)).toBe("\n\n");
    }
    expect(risks[risks.length - 1]?.end).toBe(analysis.text.length);
    const supplier = risks[14];
    expect(analysis.text.slice(supplier?.start, supplier?.end)).toContain("In the Asia-Pacific region");
    expect(analysis.text.slice(supplier?.start, supplier?.end)).toMatch(
      /Any problems experienced by our telecommunications carriers[^\n]*$/,
    );
  });

  it("puts each of the 18 risk factors in its own finer category, under the group an analyst would choose", () => {
    expect(analysis.riskFactors.map((r) => r.category)).toEqual([
      "macroeconomic",
      "competition",
      "investments-ma",
      "execution",
      "impairment-accounting",
      "talent",
      "network-infrastructure",
      "security-privacy",
      "growth-capacity",
      "technology-change",
      "key-person",
      "tax",
      "market-prices-holdings",
      "controlling-shareholder",
      "suppliers-dependence",
      "regulation",
      "litigation",
      "dilution-capital",
    ]);
    expect(new Set(analysis.riskFactors.map((r) => riskGroupOf(r.category))).size).toBe(7);
  });

  it("gives stable, readable ids", () => {
    expect(analysis.sections.map((s) => s.blockId)).toEqual(["sec-b", "sec-c", "sec-d"]);
    expect(analysis.riskFactors[0]?.id).toBe("risk-1-we-may-not-maintain-our");
    expect(analysis.blocks[1]?.id).toBe("p-2");
    const again = analyzeFiling({
      content: readFileSync(path.join(root, "prisma/seed/filings/iij-20f-fy2008-item3.txt"), "utf8"),
    });
    expect(again.blocks.map((b) => b.id)).toEqual(analysis.blocks.map((b) => b.id));
  });

  it("detects the form and fiscal year from the text, the company from the file name", () => {
    expect(analysis.metadata).toEqual({ company: "IIJ", form: "20-F", fiscalYear: 2008 });
  });

  it("keeps typographic quotes and separates blocks with a blank line", () => {
    expect(analysis.text).toContain("(“MIC”)");
    expect(analysis.text).toContain("customers’ demand");
    expect(analysis.text.startsWith("B. Capitalization and Indebtedness.\n\nNot required.\n\n")).toBe(true);
  });
});

describe("GAINSCO: HTML details", () => {
  const { analysis } = load(
    "gainsco-10k-fy2009-item1a.expected.json",
    path.join(fixtures, "gainsco-10k-fy2009-item1a.htm"),
  );

  it("drops page numbers and navigation links between pages", () => {
    expect(analysis.text).not.toMatch(/Table of Contents|Index to Financial Statements/);
    expect(analysis.text).not.toMatch(/(^|\n)(2\d|3[01])(\n|$)/);
  });

  it("reads &#149; bullet tables as list items and decodes Windows-1252 references", () => {
    const items = blockTexts(analysis, "listItem");
    expect(items).toContain("• competitive conditions for our product are significant;");
    expect(items.length).toBeGreaterThan(40);
    expect(analysis.text).toContain("Management’s Discussion");
    expect(analysis.text).toContain("“Forward-Looking Statements”");
  });
});

describe("the 500 KB benchmark filing", () => {
  it("is analysed whole: seven copies of the FedEx risk factors", () => {
    const analysis = analyzeFiling({
      content: readFileSync(path.join(fixtures, "large-500kb.txt"), "utf8"),
      fileName: "large-500kb.txt",
    });
    expect(findInvariantViolation(analysis)).toBeUndefined();
    expect(analysis.sections).toHaveLength(7);
    expect(analysis.riskFactors).toHaveLength(7 * 27);
    expect(analysis.riskFactors[27]?.title.startsWith("2.1 We are directly affected")).toBe(true);
    expect(new Set(analysis.blocks.map((b) => b.id)).size).toBe(analysis.blocks.length);
  });
});
