import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { checkDatabase } from "./check-database";
import { createFiling } from "./create-filing";
import { getFiling } from "./get-filing";
import { listFilings } from "./list-filings";
import { updateFilingAnalysis } from "./update-filing-analysis";

const text = `D. Risk Factors.

You should carefully consider the following risks before investing.

We may lose our largest customer.

Our largest customer accounted for 45% of revenues in the fiscal year ended March 31, 2008. Losing it would reduce our revenues by ¥5,025 million.

Our network may fail.

An outage in May 2007 interrupted our services for several hours and cost us $2.5 million.`;

function uniqueSlug() {
  return `test-${randomUUID()}`;
}

describe("filings in the database", () => {
  it("stores a filing with its analysis and risk factors, and reads it back by slug", async () => {
    const slug = uniqueSlug();
    const analysis = analyzeFiling({ content: text, fileName: "test.txt" });
    await createFiling({
      slug,
      company: "Test Co",
      form: "20-F",
      fiscalYear: 2008,
      sourceFileName: "test.txt",
      sourceContent: text,
      analysis,
    });

    const filing = await getFiling({ slug });
    expect(filing).not.toBeNull();
    expect(filing!.canonicalText).toBe(analysis.text);
    expect(filing!.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(filing!.analysis.blocks).toEqual(analysis.blocks);
    expect(filing!.riskFactors.map((risk) => risk.title)).toEqual(
      analysis.riskFactors.map((risk) => risk.title),
    );
    expect(filing!.riskFactors.length).toBeGreaterThan(0);
  });

  it("lists filings with company, form, fiscal year and risk-factor count", async () => {
    const slug = uniqueSlug();
    const analysis = analyzeFiling({ content: text, fileName: "test.txt" });
    await createFiling({
      slug,
      company: "Listed Co",
      form: "10-K",
      fiscalYear: 2023,
      sourceFileName: "x.txt",
      sourceContent: text,
      analysis,
    });
    const listed = (await listFilings()).find((filing) => filing.slug === slug);
    expect(listed).toMatchObject({ company: "Listed Co", form: "10-K", fiscalYear: 2023 });
    expect(listed!._count.riskFactors).toBe(analysis.riskFactors.length);
  });

  it("refuses a second filing with the same slug", async () => {
    const slug = uniqueSlug();
    const analysis = analyzeFiling({ content: text, fileName: "test.txt" });
    const options = {
      slug,
      company: "Twice Co",
      form: "10-K",
      fiscalYear: 2023,
      sourceFileName: "x.txt",
      sourceContent: text,
      analysis,
    };
    await createFiling(options);
    await expect(createFiling(options)).rejects.toThrow();
    expect((await listFilings()).filter((filing) => filing.slug === slug)).toHaveLength(1);
  });

  it("never serves a filing's old text and analysis once they were replaced", async () => {
    const slug = uniqueSlug();
    const options = { slug, company: "Revised Co", form: "20-F", fiscalYear: 2008 };
    const first = await createFiling({
      ...options,
      sourceFileName: "test.txt",
      sourceContent: text,
      analysis: analyzeFiling({ content: text, fileName: "test.txt" }),
    });
    // Read twice at once (one read shared) and again (kept): all the same version.
    const [a, b] = await Promise.all([getFiling({ slug }), getFiling({ slug })]);
    expect(a?.canonicalText).toBe(b?.canonicalText);
    expect((await getFiling({ slug }))?.analysis.figures.length).toBe(a?.analysis.figures.length);

    const revised = `${text}\n\nOur costs may rise.\n\nA new tariff of 12% applies from April 2009.`;
    await updateFilingAnalysis({
      filingId: first.id,
      analysis: analyzeFiling({ content: revised, fileName: "test.txt" }),
      sourceContent: revised,
    });
    const after = await getFiling({ slug });
    expect(after?.canonicalText).toContain("A new tariff of 12%");
    expect(after?.analysis.figures.map((figure) => figure.text)).toContain("12%");
  });

  it("returns null for an unknown slug", async () => {
    expect(await getFiling({ slug: uniqueSlug() })).toBeNull();
  });

  it("answers the health check", async () => {
    const result = await checkDatabase({ timeoutMs: 5_000 });
    expect(result.kind).toBe(process.env.MARGINALIA_TEST_DATABASE === "postgres" ? "postgres" : "pglite");
  });
});
