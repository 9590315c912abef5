import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "./create-filing";
import { getFiling } from "./get-filing";
import { createTestUser } from "../testing/fixtures";
import { db } from "../db";
import { listCategoryOverrides } from "./list-category-overrides";
import { updateRiskCategory } from "./update-risk-category";

// The sample filing: real prose whose 18 risk factors the analysis is known to find.
const text = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

/** A user of this test's own, who makes the change. */
const analyst = () => createTestUser("analyst");

describe("risk category override", () => {
  it("is stored, wins over the detected category, and can be reset", async () => {
    const slug = `override-${randomUUID()}`;
    const analysis = analyzeFiling({ content: text, fileName: "x.txt" });
    await createFiling({
      slug,
      company: "Override Co",
      form: "10-K",
      fiscalYear: 2024,
      sourceFileName: "x.txt",
      sourceContent: text,
      analysis,
    });
    const before = await getFiling({ slug });
    const risk = before!.riskFactors[0]!;
    expect(risk.categoryOverride).toBeNull();

    expect(
      await updateRiskCategory({
        filingSlug: slug,
        blockId: risk.blockId,
        category: "litigation",
        userId: await analyst(),
      }),
    ).toBe(true);
    const after = await getFiling({ slug });
    expect(after!.riskFactors[0]).toMatchObject({ category: risk.category, categoryOverride: "litigation" });

    await updateRiskCategory({
      filingSlug: slug,
      blockId: risk.blockId,
      category: null,
      userId: await analyst(),
    });
    expect((await getFiling({ slug }))!.riskFactors[0]!.categoryOverride).toBeNull();
    // Every change is recorded: who, when, from, to.
    const changes = await db().riskCategoryChange.findMany({
      where: { riskFactor: { filing: { slug } } },
      orderBy: { createdAt: "asc" },
      select: { from: true, to: true, userId: true },
    });
    expect(changes.map(({ from, to }) => [from, to])).toEqual([
      [null, "litigation"],
      ["litigation", null],
    ]);
    expect(changes.every((change) => change.userId !== null)).toBe(true);
  });

  it("reports an unknown risk factor or filing", async () => {
    expect(
      await updateRiskCategory({
        filingSlug: `nope-${randomUUID()}`,
        blockId: "risk-1-x",
        category: "tax",
        userId: await analyst(),
      }),
    ).toBe(false);
  });
});

describe("analysing a filing again", () => {
  it("keeps the filing's id and the overrides of risk factors that still exist", async () => {
    const { updateFilingAnalysis } = await import("./update-filing-analysis");
    const slug = `reanalyse-${randomUUID()}`;
    const analysis = analyzeFiling({ content: text, fileName: "x.txt" });
    const created = await createFiling({
      slug,
      company: "Again Co",
      form: "10-K",
      fiscalYear: 2024,
      sourceFileName: "x.txt",
      sourceContent: text,
      analysis,
    });
    const before = (await getFiling({ slug }))!;
    const hashBefore = before.textHash;
    const first = before.riskFactors[0]!;
    await updateRiskCategory({
      filingSlug: slug,
      blockId: first.blockId,
      category: "litigation",
      userId: await analyst(),
    });

    const corrected = text.replace(
      "You should carefully consider",
      "As corrected, you should carefully consider",
    );
    await updateFilingAnalysis({
      filingId: created.id,
      analysis: analyzeFiling({ content: corrected, fileName: "x.txt" }),
    });

    const after = (await getFiling({ slug }))!;
    expect(after.id).toBe(created.id);
    expect(after.canonicalText).toContain("As corrected, you should");
    expect(after.textHash).not.toBe(hashBefore);
    expect(after.riskFactors).toHaveLength(analysis.riskFactors.length);
    expect(after.riskFactors[0]!.start).toBeGreaterThan(first.start);
    expect(after.riskFactors.find((risk) => risk.blockId === first.blockId)?.categoryOverride).toBe(
      "litigation",
    );
  });
});

describe("category overrides for the evaluation corpus", () => {
  it("lists what the analysis chose and what the analyst chose, with the group", async () => {
    const slug = `overrides-${randomUUID()}`;
    await createFiling({
      slug,
      company: "Overrides Co",
      form: "20-F",
      fiscalYear: 2008,
      sourceFileName: "x.txt",
      sourceContent: text,
      analysis: analyzeFiling({ content: text, fileName: "x.txt" }),
    });
    const risk = (await getFiling({ slug }))!.riskFactors[1]!;
    await updateRiskCategory({
      filingSlug: slug,
      blockId: risk.blockId,
      category: "customers",
      userId: await analyst(),
    });
    const mine = (await listCategoryOverrides()).filter((override) => override.filing === slug);
    expect(mine).toEqual([
      {
        filing: slug,
        company: "Overrides Co",
        form: "20-F",
        fiscalYear: 2008,
        title: risk.title,
        detected: risk.category,
        group: "operations-supply",
        category: "customers",
      },
    ]);
  });
});
