/**
 * Comparing two library filings year over year through GET /api/v1/filings/{slug}/compare/{other}
 * (on this test's database): the earlier period is the older whichever way round they are
 * asked, each risk factor's fate comes with its title and link, and an unknown slug is a 404.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as compareRoute from "@/app/api/v1/filings/[slug]/compare/[other]/route";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
import { createSampleFiling } from "@/server/testing/fixtures";

async function compare(slug: string, other: string) {
  const response = await compareRoute.GET(
    new Request(`http://localhost:3000/api/v1/filings/${slug}/compare/${other}`),
    { params: Promise.resolve({ slug, other }) },
  );
  return { status: response.status, json: (await response.json()) as { pairs: unknown; scores: object } };
}

describe("comparing two filings' risk factors", () => {
  it("pairs the risk factors of the earlier and the later filing, with titles and links", async () => {
    const { filing: older, analysis } = await createSampleFiling();
    // The next year: the same report with its fourth risk factor gone.
    const { text, riskFactors } = analysis;
    const content = text.slice(0, riskFactors[3]!.start) + text.slice(riskFactors[4]!.start);
    const newer = await createFiling({
      slug: `test-next-${randomUUID()}`,
      company: "IIJ",
      form: "20-F",
      fiscalYear: 2009,
      sourceFileName: "iij-2009.txt",
      sourceContent: content,
      analysis: analyzeFiling({ content, fileName: "iij-2009.txt" }),
    });

    // Asked either way round, the 2008 report is the older.
    for (const [slug, other] of [
      [newer.slug, older.slug],
      [older.slug, newer.slug],
    ] as const) {
      const { status, json } = await compare(slug, other);
      expect(status).toBe(200);
      expect(json).toMatchObject({
        older: { slug: older.slug, fiscalYear: 2008 },
        newer: { slug: newer.slug },
      });
      const pairs = json.pairs as unknown as Array<{
        old: number | null;
        new: number | null;
        status: string;
        oldRisk: { title: string; link: string } | null;
        newRisk: { title: string; link: string } | null;
      }>;
      expect(pairs).toHaveLength(riskFactors.length);
      const removed = pairs.filter((pair) => pair.status !== "unchanged");
      expect(removed).toEqual([
        {
          old: 3,
          new: null,
          status: "removed",
          similarity: 1,
          oldRisk: {
            title: riskFactors[3]!.title,
            link: `http://localhost:3000/filings/${older.slug}#${riskFactors[3]!.id}`,
          },
          newRisk: null,
        },
      ]);
      expect(pairs.find((pair) => pair.old === 4)).toMatchObject({
        new: 3,
        oldRisk: { title: riskFactors[4]!.title },
        newRisk: { title: riskFactors[4]!.title },
      });
      expect(Object.keys(json.scores)).toEqual(["cosine", "jaccard", "minEdit", "simple"]);
    }
  });

  it("says a filing is not there (404)", async () => {
    const { filing } = await createSampleFiling();
    const { status } = await compare(filing.slug, "no-such-filing");
    expect(status).toBe(404);
  });
});
