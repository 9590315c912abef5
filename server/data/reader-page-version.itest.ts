import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createTestUser } from "../testing/fixtures";
import { createFiling } from "./create-filing";
import { getFiling } from "./get-filing";
import { getReaderPageVersion } from "./get-reader-page-version";
import { updateFilingAnalysis } from "./update-filing-analysis";
import { updateFilingDetails } from "./update-filing-details";
import { updateRiskCategory } from "./update-risk-category";

const text = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

/** A filing of this test's own; its slug. */
async function newFiling(): Promise<string> {
  const slug = `page-version-${randomUUID()}`;
  await createFiling({
    slug,
    company: "Page Version Co",
    form: "20-F",
    fiscalYear: 2008,
    sourceFileName: "x.txt",
    sourceContent: text,
    analysis: analyzeFiling({ content: text, fileName: "x.txt" }),
  });
  return slug;
}

// The page cache in front of Next (scripts/page-cache.mjs) serves a signed-out reader's page
// for as long as this version is the same: every change a reader would see must change it.
describe("a filing's reader page version", () => {
  it("is stable while nothing changes, and null for no filing", async () => {
    const slug = await newFiling();
    const version = await getReaderPageVersion({ slug });
    expect(version).toMatch(/^[0-9a-f-]{36}\./);
    expect(await getReaderPageVersion({ slug })).toBe(version);
    expect(await getReaderPageVersion({ slug: `none-${randomUUID()}` })).toBeNull();
    expect(await getReaderPageVersion({ slug: "bad\u0000slug" })).toBeNull();
  });

  it("changes with a risk category, the filing's details, its text and its analysis", async () => {
    const slug = await newFiling();
    const seen = new Set([await getReaderPageVersion({ slug })]);
    const filing = (await getFiling({ slug }))!;
    const risk = filing.riskFactors[0]!;
    const userId = await createTestUser("page-version");

    await updateRiskCategory({ filingSlug: slug, blockId: risk.blockId, category: "litigation", userId });
    seen.add(await getReaderPageVersion({ slug }));
    expect(seen.size).toBe(2);
    // Reset at once: two changes within a millisecond are still two versions.
    await updateRiskCategory({ filingSlug: slug, blockId: risk.blockId, category: null, userId });
    seen.add(await getReaderPageVersion({ slug }));
    expect(seen.size).toBe(3);

    const current = (await getFiling({ slug }))!;
    await updateFilingDetails({
      filingId: current.id,
      version: current.updatedAt,
      details: { company: "Renamed Co", form: "20-F", fiscalYear: 2008, tickers: [] },
    });
    seen.add(await getReaderPageVersion({ slug }));
    expect(seen.size).toBe(4);

    // Replaced text: a new analysis of a corrected source.
    const corrected = text.replace(
      "You should carefully consider",
      "As corrected, you should carefully consider",
    );
    expect(corrected).not.toBe(text);
    await updateFilingAnalysis({
      filingId: current.id,
      analysis: analyzeFiling({ content: corrected, fileName: "x.txt" }),
      sourceContent: corrected,
    });
    seen.add(await getReaderPageVersion({ slug }));
    expect(seen.size).toBe(5);
  });
});
