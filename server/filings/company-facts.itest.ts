/**
 * Facts from EDGAR's companyfacts for filings without inline XBRL (on this test's database,
 * PGlite or PostgreSQL, against the fake EDGAR, which serves a slice of Tesla's real document):
 * a text filing imported with a CIK is queued, a background job stores the facts of its
 * accession (else of its period) with source "companyfacts", and the facts API serves them;
 * nothing is stored — and the import stands — when EDGAR has none or is down; a filing's own
 * inline XBRL wins over them.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as factsRoute from "@/app/api/v1/filings/[slug]/facts/route";
import { analyzeFiling } from "@/lib/filing/analyze";
import type { FilingDetails } from "@/lib/filing/import-request";
import { parseInlineXbrl } from "@/lib/xbrl/parse-inline-xbrl";
import { createFiling } from "@/server/data/create-filing";
import { getFiling } from "@/server/data/get-filing";
import { readFilingFactsView } from "@/server/reader/read-filing-facts-view";
import { failureOf } from "@/server/testing/failure-of";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";
import { createTestUser } from "@/server/testing/fixtures";
import { COMPANY_FACTS_QUEUE, startJobWorkers, stopJobQueue } from "@/server/jobs/job-queue";
import { runCompanyFacts } from "@/server/jobs/run-company-facts";
import { updateFilingDetails } from "@/server/data/update-filing-details";
import { addCompanyFacts } from "./add-company-facts";
import { requestCompanyFacts } from "./request-company-facts";
import { importFiling } from "./import-filing";
import { replaceFilingText } from "./replace-filing-text";

const edgar = vi.hoisted(() => ({ url: "" }));
vi.mock("@/server/env", async (importOriginal) => {
  const { envWithOverrides, fakeEdgarOverrides } = await import("@/server/testing/env-overrides");
  return envWithOverrides(
    await importOriginal<typeof import("@/server/env")>(),
    fakeEdgarOverrides(() => edgar.url),
  );
});

let fake: FakeEdgar;
beforeAll(async () => {
  fake = await startFakeEdgar();
  edgar.url = fake.url;
  await startJobWorkers({ [COMPANY_FACTS_QUEUE]: runCompanyFacts });
});
afterAll(async () => {
  await stopJobQueue();
  await fake.close();
});

const TESLA = "0001318605";
const TESLA_10K_2018 = "0001564590-19-003165";
const betterLife = readFileSync("lib/filing/__fixtures__/betterlife-20f-fy2025.htm", "utf8");

/** A short annual report as a text filing (constructed, not Tesla's words), unique per call. */
const tenK = () => `UNITED STATES SECURITIES AND EXCHANGE COMMISSION

FORM 10-K

TESLA, INC.

For the fiscal year ended December 31, 2018

Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations

Total revenues were $21.46 billion in 2018, up from $11.76 billion in 2017.

As of December 31, 2018, we had $3.7 billion of cash and cash equivalents.

(A test document, ${randomUUID()}.)
`;

async function importTenK(details: Partial<FilingDetails>, importedById: string | null = null) {
  return importFiling({
    importedById,
    fileName: "tesla-10k-2018.txt",
    content: tenK(),
    company: "Tesla, Inc.",
    form: "10-K",
    fiscalYear: 2018,
    details: { tickers: ["TSLA"], ...details },
    asNewCopy: true,
  });
}

interface Fact {
  ordinal: number;
  concept: string;
  value: unknown;
  unit?: string;
  period: Record<string, string>;
  decimals?: unknown;
  dimensions: Record<string, string>;
  hidden: boolean;
  start?: number;
  end?: number;
  source: string;
}

/** All of a filing's facts as GET /api/v1/filings/{slug}/facts serves them. */
async function servedFacts(slug: string): Promise<Fact[]> {
  const response = await factsRoute.GET(
    new Request(`http://localhost:3000/api/v1/filings/${slug}/facts?limit=500`),
    { params: Promise.resolve({ slug }) },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { facts: Fact[] }).facts;
}

/** The filing's facts once the background job has stored some. */
async function factsOnceStored(slug: string): Promise<Fact[]> {
  await expect
    .poll(async () => (await servedFacts(slug)).length, { timeout: 60_000, interval: 250 })
    .toBeGreaterThan(0);
  return servedFacts(slug);
}

describe("facts from EDGAR's companyfacts", () => {
  it("are stored in the background for a text filing with a CIK: its accession's, as it filed them", async () => {
    const { slug, existing } = await importTenK({
      cik: TESLA,
      accessionNumber: TESLA_10K_2018,
      periodOfReport: "2018-12-31",
      filingDate: "2019-02-19",
    });
    expect(existing).toBe(false);
    const facts = await factsOnceStored(slug);
    expect(facts).toHaveLength(13);
    expect(facts.map((fact) => fact.ordinal)).toEqual(facts.map((_, index) => index));
    expect(new Set(facts.map((fact) => fact.source))).toEqual(new Set(["companyfacts"]));
    expect(
      facts.every((fact) => fact.hidden && fact.start === undefined && fact.decimals === undefined),
    ).toBe(true);
    expect(facts).toContainEqual({
      ordinal: expect.any(Number),
      concept: "us-gaap:Revenues",
      value: 21_461_268_000,
      unit: "USD",
      period: { start: "2018-01-01", end: "2018-12-31" },
      dimensions: {},
      hidden: true,
      source: "companyfacts",
    });
    expect(facts).toContainEqual(
      expect.objectContaining({
        concept: "us-gaap:EarningsPerShareDiluted",
        unit: "USD/shares",
        value: -5.72,
      }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        concept: "dei:EntityCommonStockSharesOutstanding",
        unit: "shares",
        period: { instant: "2019-02-12" },
      }),
    );
    expect(fake.requests.map((request) => request.path)).toContain(`/api/xbrl/companyfacts/CIK${TESLA}.json`);

    // The reader checks the prose against them: revenue of both years and cash agree.
    const view = await readFilingFactsView({ filing: (await getFiling({ slug }))! });
    expect(view.source).toBe("companyfacts");
    expect(view.checks.map((check) => [check.status, check.text, check.financial])).toEqual([
      ["agrees", "$21.46 billion", "revenue"],
      ["agrees", "$11.76 billion", "revenue"],
      // Named after the figure: linked by the concept's words, not as a named financial.
      ["agrees", "$3.7 billion", undefined],
    ]);
    expect(view.keyFinancials.find((row) => row.label === "Revenue")?.current.fact.value).toBe(
      21_461_268_000,
    );
  });

  it("are those of its period of report when its accession is unknown", async () => {
    const { slug } = await importTenK({ cik: TESLA, periodOfReport: "2018-12-31" });
    const facts = await factsOnceStored(slug);
    const period = (fact: Fact) => fact.period.instant ?? `${fact.period.start}..${fact.period.end}`;
    expect(facts.map((fact) => `${fact.concept} ${period(fact)} = ${String(fact.value)}`)).toEqual([
      "us-gaap:CashAndCashEquivalentsAtCarryingValue 2017-12-31 = 3367914000",
      "us-gaap:CashAndCashEquivalentsAtCarryingValue 2018-12-31 = 3685618000",
      "us-gaap:EarningsPerShareDiluted 2017-01-01..2017-12-31 = -11.83",
      "us-gaap:EarningsPerShareDiluted 2018-01-01..2018-12-31 = -5.72",
      "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate 2017-01-01..2017-12-31 = 0.35",
      "us-gaap:EffectiveIncomeTaxRateReconciliationAtFederalStatutoryIncomeTaxRate 2018-01-01..2018-12-31 = 0.21",
      "us-gaap:Revenues 2017-01-01..2017-12-31 = 11758751000",
      "us-gaap:Revenues 2018-01-01..2018-12-31 = 21461268000",
    ]);
  });

  it("stay through a corrected text without inline XBRL, and give way to one with it", async () => {
    const userId = await createTestUser("importer");
    const { slug } = await importTenK(
      { cik: TESLA, accessionNumber: TESLA_10K_2018, periodOfReport: "2018-12-31" },
      userId,
    );
    expect(await factsOnceStored(slug)).toHaveLength(13);
    await replaceFilingText({ userId, filingSlug: slug, fileName: "tesla-10k-2018.txt", content: tenK() });
    expect(await servedFacts(slug)).toHaveLength(13);
    await replaceFilingText({ userId, filingSlug: slug, fileName: "betterlife.htm", content: betterLife });
    const inline = await servedFacts(slug);
    expect(inline).toHaveLength(parseInlineXbrl(betterLife).facts.length);
    expect(new Set(inline.map((fact) => fact.source))).toEqual(new Set(["inline"]));
    // Asked again, the job leaves the filing's own facts alone.
    const filing = await getFiling({ slug });
    expect(await addCompanyFacts({ filingId: filing!.id })).toEqual({
      stored: 0,
      matchedBy: null,
      reason: "the filing has inline XBRL facts of its own",
    });
  });

  it("go with a corrected CIK, accession or period, and are asked for again", async () => {
    const { slug } = await importTenK({
      cik: TESLA,
      accessionNumber: TESLA_10K_2018,
      periodOfReport: "2018-12-31",
    });
    expect(await factsOnceStored(slug)).toHaveLength(13);
    const filing = (await getFiling({ slug }))!;
    const details = {
      company: filing.company,
      form: filing.form,
      fiscalYear: filing.fiscalYear,
      tickers: filing.tickers,
      cik: TESLA,
      periodOfReport: "2018-12-31",
    };
    // A correction that leaves what chose them alone keeps them.
    expect(
      await updateFilingDetails({
        filingId: filing.id,
        version: filing.updatedAt,
        details: { ...details, accessionNumber: TESLA_10K_2018, company: "Tesla, Inc. (corrected)" },
      }),
    ).toEqual({ factsDetailsChanged: false, inlineFacts: 0 });
    expect(await servedFacts(slug)).toHaveLength(13);
    // The accession was wrong: the facts it chose go; asked again, those of the period come.
    const current = (await getFiling({ slug }))!;
    const changed = await updateFilingDetails({
      filingId: current.id,
      version: current.updatedAt,
      details: { ...details, company: "Tesla, Inc. (corrected)" },
    });
    expect(changed).toEqual({ factsDetailsChanged: true, inlineFacts: 0 });
    expect(await servedFacts(slug)).toEqual([]);
    await requestCompanyFacts({ filingId: current.id, cik: TESLA, inlineFacts: changed.inlineFacts });
    expect(await factsOnceStored(slug)).toHaveLength(8);
  });

  it("are none, saying why, when EDGAR has none for the company or none of the filing's", async () => {
    // Murphy Oil: EDGAR (the fake) has no companyfacts document for it.
    const murphy = await importTenK({ cik: "0000717423", periodOfReport: "2021-12-31" });
    const murphyId = (await getFiling({ slug: murphy.slug }))!.id;
    expect(await addCompanyFacts({ filingId: murphyId })).toEqual({
      stored: 0,
      matchedBy: null,
      reason: "EDGAR has no XBRL facts for CIK 717423.",
    });
    // Tesla's facts, but of another year.
    const old = await importTenK({ cik: TESLA, periodOfReport: "2008-12-31" });
    const oldId = (await getFiling({ slug: old.slug }))!.id;
    expect(await addCompanyFacts({ filingId: oldId })).toMatchObject({
      stored: 0,
      reason: "none of the company's facts are of accession (unknown) or period 2008-12-31",
    });
    // No CIK: not asked at all.
    const anonymous = await importTenK({});
    expect(
      await addCompanyFacts({ filingId: (await getFiling({ slug: anonymous.slug }))!.id }),
    ).toMatchObject({
      reason: "the filing has no CIK",
    });
    for (const slug of [murphy.slug, old.slug, anonymous.slug]) expect(await servedFacts(slug)).toEqual([]);
  });

  it("are tried again while EDGAR is down, then given up, logged: the filing stands without them", async () => {
    const cik = "0000000042";
    const path = `/api/xbrl/companyfacts/CIK${cik}.json`;
    // Stored directly, not imported: no job of its own races this test's requests.
    const content = tenK();
    const { id: filingId, slug } = await createFiling({
      slug: `test-${randomUUID()}`,
      company: "Down Corp",
      form: "10-K",
      fiscalYear: 2018,
      cik,
      periodOfReport: "2018-12-31",
      sourceFileName: "down.txt",
      sourceContent: content,
      analysis: analyzeFiling({ content, fileName: "down.txt" }),
    });
    fake.failNext(path, [503, 503, 503, 503]);
    const failure = await failureOf(addCompanyFacts({ filingId }));
    expect([failure.code, failure.message]).toEqual([
      "upstream-unavailable",
      "EDGAR answered HTTP 503 after 4 tries. Try again in a few minutes.",
    ]);
    // The job's last try gives up (logs) rather than fail.
    fake.failNext(path, [503, 503, 503, 503]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const job = { data: { filingId }, retryCount: 3, retryLimit: 3 } as Parameters<
        typeof runCompanyFacts
      >[0];
      expect(await runCompanyFacts(job)).toMatchObject({ stored: 0, matchedBy: null });
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/company facts: .* HTTP 503 .* Given up\.$/));
    } finally {
      warn.mockRestore();
    }
    expect(await getFiling({ slug })).toMatchObject({ cik });
    expect(await servedFacts(slug)).toEqual([]);
  });
});
