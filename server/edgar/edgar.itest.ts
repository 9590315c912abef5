/**
 * Filings from EDGAR, against the fake EDGAR (recorded responses; the real one is never asked):
 * found by ticker, CIK or pasted link, imported with what EDGAR says of them, never twice; the
 * SEC's rules kept (a User-Agent on every request, retries on 429 and 5xx, responses kept);
 * and every bad input or EDGAR failure answered with a coded message.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as companiesRoute from "@/app/api/edgar/companies/route";
import { currentUser } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";
import { failureOf } from "@/server/testing/failure-of";
import { importEdgarFiling } from "@/server/filings/import-edgar-filing";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";
import { parseEnv } from "@/server/parse-env";
import { fetchEdgar } from "./fetch-edgar";
import { findEdgarFilings } from "./find-edgar-filings";

const edgar = vi.hoisted(() => ({
  url: "",
  userAgent: "Marginalia tests tests@marginalia.example" as string | undefined,
}));
vi.mock("@/server/env", async (importOriginal) => {
  const { envWithOverrides, fakeEdgarOverrides } = await import("@/server/testing/env-overrides");
  return envWithOverrides(await importOriginal<typeof import("@/server/env")>(), {
    ...fakeEdgarOverrides(() => edgar.url),
    MARGINALIA_EDGAR_USER_AGENT: () => edgar.userAgent,
  });
});

vi.mock("@/server/auth", () => ({ currentUser: vi.fn() }));

let fake: FakeEdgar;
beforeAll(async () => {
  fake = await startFakeEdgar();
  edgar.url = fake.url;
});
afterAll(() => fake.close());

const NETFLIX_10K = "/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm";

describe("filings from EDGAR", () => {
  it("imports a company's latest annual report by ticker with EDGAR's metadata, and finds it again by link or CIK", async () => {
    const byTicker = await findEdgarFilings({ input: "nflx" });
    expect(byTicker.company).toMatchObject({ cik: "1065280", name: "NETFLIX INC", tickers: ["NFLX"] });
    expect(byTicker.choices).toHaveLength(1);
    const first = await importEdgarFiling({
      importedById: null,
      ...{ company: byTicker.company, choice: byTicker.choices[0]! },
    });
    expect(first.existing).toBe(false);
    const filing = await getFiling({ slug: first.slug });
    expect(filing).toMatchObject({
      company: "NETFLIX INC",
      form: "10-K",
      fiscalYear: 2024,
      cik: "0001065280",
      tickers: ["NFLX"],
      periodOfReport: "2024-12-31",
      filingDate: "2025-01-27",
      accessionNumber: "0001065280-25-000044",
      sourceFileName: "nflx-20241231.htm",
    });
    expect(filing!.riskFactors.length).toBeGreaterThan(20);
    for (const input of [`https://www.sec.gov/ix?doc=${NETFLIX_10K}`, "0001065280", "Netflix"]) {
      const again = await findEdgarFilings({ input, form: "10-K", fiscalYear: 2024 });
      const second = await importEdgarFiling({
        importedById: null,
        company: again.company,
        choice: again.choices[0]!,
      });
      expect(second, input).toEqual({ slug: first.slug, existing: true });
    }
    // Every request named who is asking, as the SEC requires.
    expect(fake.requests.every((request) => request.userAgent === edgar.userAgent)).toBe(true);
  });

  it("keeps a company's submissions for a while instead of asking EDGAR again", async () => {
    await findEdgarFilings({ input: "717423", form: "10-Q" });
    const asked = () =>
      fake.requests.filter((request) => request.path === "/submissions/CIK0000717423.json").length;
    const before = asked();
    const found = await findEdgarFilings({ input: "717423", form: "10-Q", last: 3 });
    expect(found.choices.map((choice) => choice.filing.form)).toEqual(["10-Q", "10-Q", "10-Q"]);
    expect(asked()).toBe(before);
  });

  it("finds a filing filed since the kept copy of the company's filings by asking EDGAR afresh", async () => {
    await findEdgarFilings({ input: "1065280" });
    const published = await fake.publish({ cik: "1065280", form: "10-Q" });
    const link = `${fake.url}/Archives/edgar/data/1065280/${published.accession.replace(/-/g, "")}/${published.primaryDocument}`;
    const found = await findEdgarFilings({ input: link });
    expect(found.choices.map((choice) => [choice.filing.accession, choice.document])).toEqual([
      [published.accession, published.primaryDocument],
    ]);
  });

  it("retries when EDGAR limits or fails, and says so when it keeps failing", async () => {
    fake.failNext(NETFLIX_10K, [429, 503]);
    const body = await fetchEdgar({ host: "www", path: NETFLIX_10K, maxBytes: 5_000_000, notFound: "gone" });
    expect(body).toContain("Netflix");
    expect(fake.requests.filter((request) => request.path === NETFLIX_10K).length).toBeGreaterThanOrEqual(3);
    fake.failNext(NETFLIX_10K, [503, 503, 503, 503]);
    const down = await failureOf(
      fetchEdgar({ host: "www", path: NETFLIX_10K, maxBytes: 5_000_000, notFound: "gone" }),
    );
    expect([down.code, down.message]).toEqual([
      "upstream-unavailable",
      "EDGAR answered HTTP 503 after 4 tries. Try again in a few minutes.",
    ]);
  });

  it("answers bad input and what EDGAR lacks with a clear, coded message", async () => {
    const cases: Array<[() => Promise<unknown>, string, RegExp]> = [
      [() => findEdgarFilings({ input: "ZZZZQ" }), "not-found", /No company on EDGAR matches “ZZZZQ”/],
      [
        () => findEdgarFilings({ input: "http://169.254.169.254/latest/" }),
        "invalid-input",
        /Only links to EDGAR/,
      ],
      [() => findEdgarFilings({ input: "9999999" }), "not-found", /EDGAR has no company with CIK 9999999/],
      [() => findEdgarFilings({ input: "717423", form: "20-F" }), "not-found", /MURPHY OIL CORP has no 20-F/],
      [() => findEdgarFilings({ input: "717423", form: "UPLOAD" }), "unprocessable", /paper or PDF-only/],
      [
        () => fetchEdgar({ host: "www", path: NETFLIX_10K, maxBytes: 100_000, notFound: "gone" }),
        "payload-too-large",
        /^That document is over 98 KB, more than a filing may be here\.$/,
      ],
    ];
    for (const [attempt, code, message] of cases) {
      const failure = await failureOf(attempt());
      expect(failure.code, String(message)).toBe(code);
      expect(failure.message).toMatch(message);
    }
    // Murphy Oil's 10-K is listed, but its document is not on this EDGAR: nothing is stored.
    const murphy = await findEdgarFilings({ input: "717423", form: "10-K", fiscalYear: 2021 });
    const missing = await failureOf(
      importEdgarFiling({ importedById: null, company: murphy.company, choice: murphy.choices[0]! }),
    );
    expect([missing.code, missing.message]).toEqual([
      "not-found",
      "EDGAR has no document mur-20211231.htm in MURPHY OIL CORP's 10-K of 2022-02-25.",
    ]);
  });

  it("asks EDGAR nothing without a declared User-Agent, and says what to set", async () => {
    const asked = fake.requests.length;
    edgar.userAgent = undefined;
    try {
      const failure = await failureOf(
        fetchEdgar({ host: "www", path: NETFLIX_10K, maxBytes: 5_000_000, notFound: "gone" }),
      );
      expect(failure.code).toBe("not-configured");
      expect(failure.message).toMatch(/MARGINALIA_EDGAR_USER_AGENT/);
    } finally {
      edgar.userAgent = "Marginalia tests tests@marginalia.example";
    }
    expect(fake.requests.length).toBe(asked);
  });

  it("takes a User-Agent only with a contact e-mail, and EDGAR's hosts by default", () => {
    const base = { MARGINALIA_DATA_DIR: "/tmp/unused" };
    expect(() => parseEnv({ ...base, MARGINALIA_EDGAR_USER_AGENT: "Marginalia" })).toThrow(
      /must name a contact e-mail/,
    );
    const parsed = parseEnv({ ...base, MARGINALIA_EDGAR_USER_AGENT: " Acme Research ops@acme.example " });
    expect(parsed).toMatchObject({
      MARGINALIA_EDGAR_USER_AGENT: "Acme Research ops@acme.example",
      MARGINALIA_EDGAR_WWW: "https://www.sec.gov",
      MARGINALIA_EDGAR_DATA: "https://data.sec.gov",
    });
    expect(parseEnv(base).MARGINALIA_EDGAR_USER_AGENT).toBeUndefined();
    expect(() => parseEnv({ ...base, MARGINALIA_EDGAR_WWW: "file:///etc" })).toThrow(/MARGINALIA_EDGAR_WWW/);
  });

  it("checks watched companies every 30 minutes unless told another time or off", () => {
    const base = { MARGINALIA_DATA_DIR: "/tmp/unused" };
    expect(parseEnv(base).MARGINALIA_EDGAR_POLL).toBe(1800);
    expect(parseEnv({ ...base, MARGINALIA_EDGAR_POLL: "90s" }).MARGINALIA_EDGAR_POLL).toBe(90);
    expect(parseEnv({ ...base, MARGINALIA_EDGAR_POLL: "2h" }).MARGINALIA_EDGAR_POLL).toBe(7200);
    expect(parseEnv({ ...base, MARGINALIA_EDGAR_POLL: "off" }).MARGINALIA_EDGAR_POLL).toBeNull();
    for (const wrong of ["0s", "30", "soon", "-5m"])
      expect(() => parseEnv({ ...base, MARGINALIA_EDGAR_POLL: wrong })).toThrow(/MARGINALIA_EDGAR_POLL/);
    expect(parseEnv(base).MARGINALIA_JOB_TIMEOUT_SECONDS).toBe(600);
    expect(() => parseEnv({ ...base, MARGINALIA_JOB_TIMEOUT_SECONDS: "1" })).toThrow(
      /MARGINALIA_JOB_TIMEOUT_SECONDS/,
    );
  });

  it("suggests companies from EDGAR's ticker list as a signed-in user types", async () => {
    const ask = async (q: string) => {
      const response = await companiesRoute.GET(
        new Request(`http://localhost/api/edgar/companies?q=${encodeURIComponent(q)}`),
      );
      return { status: response.status, body: response.status === 200 ? await response.json() : null };
    };
    vi.mocked(currentUser).mockResolvedValue(null);
    expect((await ask("netf")).status).toBe(401);
    vi.mocked(currentUser).mockResolvedValue({ id: "someone", name: "Someone" } as never);
    expect((await ask("netf")).body).toEqual({
      companies: [{ cik: "1065280", ticker: "NFLX", name: "NETFLIX INC" }],
    });
    expect((await ask(" ")).body).toEqual({ companies: [] });
  });
});
