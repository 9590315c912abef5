/**
 * Inline XBRL facts kept with a filing (on this test's database): stored in document order
 * when an inline XBRL filing is imported, replaced with its text, served a page at a time by
 * GET /api/v1/filings/{slug}/facts; a plain filing has none.
 */
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as factsRoute from "@/app/api/v1/filings/[slug]/facts/route";
import { parseInlineXbrl } from "@/lib/xbrl/parse-inline-xbrl";
import { getFiling } from "@/server/data/get-filing";
import { readFilingFactsView } from "@/server/reader/read-filing-facts-view";
import { createTestUser } from "@/server/testing/fixtures";
import { importFiling } from "./import-filing";
import { replaceFilingText } from "./replace-filing-text";

const betterLife = readFileSync("lib/filing/__fixtures__/betterlife-20f-fy2025.htm", "utf8");

interface FactsPage {
  facts: Array<{
    ordinal: number;
    concept: string;
    value: unknown;
    unit?: string;
    period: Record<string, string>;
    decimals?: number | "INF";
    dimensions: Record<string, string>;
    hidden: boolean;
    start?: number;
    end?: number;
  }>;
  next: number | null;
  links: { next: string | null };
}

async function factsPage(slug: string, query = "") {
  const response = await factsRoute.GET(
    new Request(`http://localhost:3000/api/v1/filings/${slug}/facts${query}`),
    {
      params: Promise.resolve({ slug }),
    },
  );
  return { status: response.status, json: (await response.json()) as FactsPage };
}

async function importBetterLife(importedById: string | null = null) {
  return importFiling({
    importedById,
    fileName: "betterlife-20f-fy2025.htm",
    content: betterLife,
    company: `BetterLife ${randomUUID()}`,
    form: "20-F",
    fiscalYear: 2025,
    details: { tickers: [] },
    asNewCopy: true,
  });
}

describe("a filing's inline XBRL facts", () => {
  it("are stored on import and served in pages, in document order, each shown one with its place", async () => {
    const { slug } = await importBetterLife();
    const expected = parseInlineXbrl(betterLife).facts;
    const all: FactsPage["facts"] = [];
    let query = "?limit=40";
    for (let pages = 0; pages < 10; pages++) {
      const { status, json } = await factsPage(slug, query);
      expect(status).toBe(200);
      all.push(...json.facts);
      if (json.next === null) {
        expect(json.links.next).toBeNull();
        break;
      }
      expect(json.facts).toHaveLength(40);
      query = new URL(json.links.next!).search;
    }
    expect(all.map((fact) => fact.concept)).toEqual(expected.map((fact) => fact.concept));
    expect(all.map((fact) => fact.ordinal)).toEqual(expected.map((_, index) => index));
    const cad = all.find((fact) => fact.unit === "CAD" && typeof fact.value === "number");
    expect(cad).toMatchObject({ concept: expect.stringContaining(":"), period: expect.any(Object) });
    expect(all.filter((fact) => fact.hidden).every((fact) => fact.start === undefined)).toBe(true);
    expect(all.filter((fact) => !fact.hidden).every((fact) => typeof fact.start === "number")).toBe(true);

    // One concept only.
    const { json: names } = await factsPage(slug, "?concept=dei:EntityRegistrantName");
    expect(names.facts.map((fact) => fact.concept)).toEqual(["dei:EntityRegistrantName"]);
    expect(String(names.facts[0]!.value)).toMatch(/BetterLife/i);
  });

  it("are replaced with the filing's text, and a plain filing has none", async () => {
    const userId = await createTestUser("importer");
    const { slug } = await importFiling({
      importedById: userId,
      fileName: "plain.txt",
      content: `Item 3. Key Information\n\nD. Risk Factors\n\nOur revenue depends on ${randomUUID()}.\n\nA stronger yen would reduce our sales of ¥5,025 million.\n`,
      company: "Plain Co",
      form: "20-F",
      fiscalYear: 2024,
      details: { tickers: [] },
      asNewCopy: true,
    });
    expect((await factsPage(slug)).json).toMatchObject({ facts: [], next: null });
    await replaceFilingText({ userId, filingSlug: slug, fileName: "betterlife.htm", content: betterLife });
    const { json } = await factsPage(slug, "?limit=500");
    expect(json.facts).toHaveLength(parseInlineXbrl(betterLife).facts.length);
  });

  it("are marked on the reader's figures, with the key financials; a new text is a new view", async () => {
    const userId = await createTestUser("importer");
    const { slug } = await importBetterLife(userId);
    const parsed = parseInlineXbrl(betterLife).facts;
    const filing = (await getFiling({ slug }))!;
    const view = await readFilingFactsView({ filing });
    expect(view.factCount).toBe(parsed.length);
    // Every shown number is marked, once, on the text it shows.
    const tagged = view.figures.filter((figure) => figure.fact !== undefined);
    const shownNumbers = parsed.filter((fact) => !fact.hidden && typeof fact.value === "number");
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.length).toBeLessThanOrEqual(shownNumbers.length);
    for (const figure of tagged)
      expect(filing.canonicalText.slice(figure.start, figure.end)).toBe(figure.text);
    // Each names its concept by label and qualified name first.
    for (const figure of tagged) expect(figure.fact).toMatch(/^.+ \([\w-]+:\w+\)\n/);
    const shares = view.keyFinancials.find((row) => row.label === "Shares outstanding");
    expect(shares?.current.fact).toMatchObject({
      concept: "dei:EntityCommonStockSharesOutstanding",
      unit: "shares",
    });
    // The same version's view is kept; replaced text (no inline XBRL) has none.
    expect(await readFilingFactsView({ filing })).toBe(view);
    await replaceFilingText({
      userId,
      filingSlug: slug,
      fileName: "plain.txt",
      content: `Item 3. Key Information\n\nD. Risk Factors\n\nOur revenue depends on ${randomUUID()}.\n`,
    });
    const replaced = (await getFiling({ slug }))!;
    const plain = await readFilingFactsView({ filing: replaced });
    expect(plain).toMatchObject({ factCount: 0, checks: [], keyFinancials: [] });
    expect(plain.figures).toBe(replaced.analysis.figures);
  });

  it("answers a bad query with 400 and an unknown filing with 404", async () => {
    const { slug } = await importBetterLife();
    expect((await factsPage(slug, "?limit=9999")).status).toBe(400);
    expect((await factsPage(slug, "?concept=not a qname")).status).toBe(400);
    expect((await factsPage(`no-such-${randomUUID()}`)).status).toBe(404);
  });
});
