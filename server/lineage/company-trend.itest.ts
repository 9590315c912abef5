/**
 * A company's risk section year over year (on this test's database): each annual report of its
 * CIK in the library against the year before's, oldest first, whatever order they were imported in.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
import * as lineageRoute from "@/app/api/v1/companies/[cik]/lineage/route";
import { lineageTable } from "@/lib/lineage/lineage-table";
import { readCompanyLineages } from "./read-company-lineages";
import { readCompanyTrend } from "./read-company-trend";

const sample = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);
const NEW_RISK =
  "Our data centers may be damaged by earthquakes and typhoons.\n\nOur data centers are located in Tokyo and Osaka, areas exposed to earthquakes, typhoons and floods. A disaster could interrupt our services for days, and our insurance may not cover the resulting losses.\n\n";

async function report(cik: string, fiscalYear: number, content: string, form = "20-F") {
  return createFiling({
    slug: `test-${fiscalYear}-${randomUUID()}`,
    company: "Trend Co",
    form,
    fiscalYear,
    cik,
    sourceFileName: `${fiscalYear}.txt`,
    sourceContent: content,
    analysis: analyzeFiling({ content, fileName: `${fiscalYear}.txt` }),
  });
}

describe("a company's risk factors year over year", () => {
  it("compares each annual report with the year before's: kept, new, removed", async () => {
    const cik = String(Math.floor(Math.random() * 1e9)).padStart(10, "0");
    const { text, riskFactors } = analyzeFiling({ content: sample, fileName: "x.txt" });
    const without = text.slice(0, riskFactors[3]!.start) + text.slice(riskFactors[4]!.start);
    const added = without.replace(riskFactors[6]!.title, `${NEW_RISK}${riskFactors[6]!.title}`);
    // Imported out of order, and a 6-K that is not an annual report.
    const fy2010 = await report(cik, 2010, added);
    const fy2008 = await report(cik, 2008, text);
    const fy2009 = await report(cik, 2009, without);
    await report(cik, 2009, `${text}\nInterim note.`, "6-K");

    const trend = await readCompanyTrend({ cik });
    expect(
      trend.map(({ year, slug, previousSlug, added, removed, changed }) => ({
        year,
        slug,
        previousSlug,
        added,
        removed,
        changed,
      })),
    ).toEqual([
      { year: "2009", slug: fy2009.slug, previousSlug: fy2008.slug, added: 0, removed: 1, changed: 0 },
      { year: "2010", slug: fy2010.slug, previousSlug: fy2009.slug, added: 1, removed: 0, changed: 0 },
    ]);
    expect(trend[0]!.scores.simple).toBeLessThan(1);
    expect(trend[0]!.scores.simple).toBeGreaterThan(0.8);
    // Asked again: the same answer (kept from the first time).
    expect(await readCompanyTrend({ cik })).toEqual(trend);
    expect(await readCompanyTrend({ cik: "0000000001" })).toEqual([]);

    // The same reports' risk factors followed through the three years (the API).
    const response = await lineageRoute.GET(
      new Request(`http://localhost:3000/api/v1/companies/${cik}/lineage`),
      {
        params: Promise.resolve({ cik }),
      },
    );
    expect(response.status).toBe(200);
    const { reports, lineages } = (await response.json()) as {
      reports: Array<{ slug: string; year: string }>;
      lineages: Array<{
        id: string;
        firstSeen: string;
        lastSeen: string;
        appearances: Array<{ slug: string; title: string; link: string }>;
      }>;
    };
    expect(reports.map((each) => each.year)).toEqual(["2008", "2009", "2010"]);
    expect(lineages).toHaveLength(riskFactors.length + 1);
    const gone = lineages.find((lineage) => lineage.id === `${fy2008.slug}:3`);
    expect(gone).toMatchObject({ firstSeen: "2008", lastSeen: "2008" });
    const arrived = lineages.filter((lineage) => lineage.firstSeen === "2010");
    expect(arrived.map((lineage) => lineage.appearances[0]!.title)).toEqual([
      "Our data centers may be damaged by earthquakes and typhoons.",
    ]);
    const kept = lineages.find((lineage) => lineage.id === `${fy2008.slug}:0`)!;
    expect(kept.appearances.map((appearance) => appearance.slug)).toEqual([
      fy2008.slug,
      fy2009.slug,
      fy2010.slug,
    ]);
    expect(kept.appearances[2]!.link).toMatch(new RegExp(`^http://localhost:3000/filings/${fy2010.slug}#`));

    // The lineage page's table: the gone risk last; kept from the first reading until a report changes.
    const read = await readCompanyLineages({ cik });
    expect(await readCompanyLineages({ cik })).toBe(read);
    expect(read.company).toBe("Trend Co");
    const { rows, summary } = lineageTable(read.reports, read.lineages);
    expect(summary).toMatchObject({ reports: 3, lineages: riskFactors.length + 1, gone: 1, changed: 0 });
    expect(rows.at(-1)!.id).toBe(`${fy2008.slug}:3`);
    expect(rows[0]!.cells.map((cell) => cell?.status)).toEqual(["first", "unchanged", "unchanged"]);
    await report(cik, 2011, added);
    const more = await readCompanyLineages({ cik });
    expect(more).not.toBe(read);
    expect(more.reports.map((each) => each.year)).toEqual(["2008", "2009", "2010", "2011"]);
  });
});
