import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { formatIsoDate } from "../lib/filing/format-metadata";
import { signIn, signUp } from "./session";

// The server's EDGAR is the fake one (scripts/e2e-server.mjs): recorded responses, and the
// BetterLife 20-F, which no other test imports.

const FAKE_EDGAR = `http://127.0.0.1:${process.env.E2E_EDGAR_PORT ?? 3199}`;

test.describe("with the demo account", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page);
  });

  test("a company's filings found by CIK are imported in the background, with progress, to the reader", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    const box = page.getByRole("region", { name: "Add from EDGAR" });
    await box.getByLabel("Ticker, company, CIK or EDGAR link").fill("1464165");
    await box.getByRole("button", { name: "Find filings" }).click();
    const pick = box.getByRole("checkbox", { name: "Import the 20-F filed Jun 2, 2025" });
    await expect(pick).toBeVisible();
    await expect(box.getByRole("link", { name: "BetterLife Pharma Inc." })).toHaveAttribute(
      "href",
      "/companies/1464165",
    );
    const axe = await new AxeBuilder({ page }).include("section").analyze();
    expect(
      axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
    ).toEqual([]);

    // The download is held until the progress bar has been seen (a small filing imports in a blink).
    const document = "/Archives/edgar/data/1464165/000146416525999999/betterlife-20f-fy2025.htm";
    await request.post(`${FAKE_EDGAR}/__fake-edgar/hold`, { data: { path: document } });
    const jobs = box.getByRole("list", { name: "Imports from EDGAR" });
    try {
      await pick.check();
      await box.getByRole("button", { name: "Import 1 filing" }).click();
      await expect(
        jobs.getByRole("progressbar", { name: /Importing BetterLife Pharma Inc\. 20-F/ }),
      ).toBeVisible();
      await expect(jobs.getByText(/^Downloading · \d+%$/)).toBeVisible();
    } finally {
      await request.post(`${FAKE_EDGAR}/__fake-edgar/release`, { data: { path: document } });
    }
    const open = jobs.getByRole("link", { name: "Open BetterLife Pharma Inc. 20-F Jan 31, 2025" });
    await expect(open).toBeVisible({ timeout: 60_000 });
    await open.click();
    await expect(page.getByRole("heading", { level: 1, name: "BetterLife Pharma Inc." })).toBeVisible();
    await expect(page.getByText("Form 20-F · Fiscal year 2025")).toBeVisible();

    // The library lists the import (after a reload too), and the filing.
    await page.goto("/");
    await expect(
      page
        .getByRole("list", { name: "Imports from EDGAR" })
        .getByRole("link", { name: "Open BetterLife Pharma Inc. 20-F Jan 31, 2025" }),
    ).toBeVisible();

    // The company's page lists it, with the library's copy.
    await page.goto("/companies/1464165");
    await expect(page.getByRole("heading", { level: 1, name: "BetterLife Pharma Inc." })).toBeVisible();
    await expect(page.getByText("1 recent filing on EDGAR (reports); 1 in the library.")).toBeVisible();
    await expect(page.getByRole("row", { name: /20-F/ }).getByRole("link", { name: "Open" })).toBeVisible();
  });

  test("a company EDGAR does not know is said so, and nothing is queued", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("region", { name: "Add from EDGAR" });
    await box.getByLabel("Ticker, company, CIK or EDGAR link").fill("ZZZZQ");
    await box.getByRole("button", { name: "Find filings" }).click();
    await expect(box.getByRole("alert")).toHaveText("No company on EDGAR matches “ZZZZQ”.");
    await expect(box.getByRole("table")).toHaveCount(0);
  });
});

test("a watched company's new filing comes into the library and into For you", async ({ page, request }) => {
  // A fresh account: "For you" is this test's alone. Murphy Oil: no other test watches it.
  await signUp(page, "Watcher");
  await page.goto("/companies/717423");
  await expect(page.getByRole("heading", { level: 1, name: "MURPHY OIL CORP" })).toBeVisible();
  await page.getByRole("button", { name: "Watch company" }).click();
  await expect(page.getByRole("button", { name: "Stop watching" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Watched by you: MURPHY OIL CORP" })).toBeVisible();

  // The company files a 10-K on (fake) EDGAR; the server checks every 2 s in these tests.
  const published = await request.post(`${FAKE_EDGAR}/__fake-edgar/publish`, {
    data: { cik: "717423", form: "10-K" },
  });
  expect(published.ok()).toBe(true);
  const { reportDate } = (await published.json()) as { reportDate: string };
  const fiscalYear = reportDate.slice(0, 4);

  const entry = page
    .getByRole("region", { name: "For you" })
    .getByRole("link", { name: new RegExp(`MURPHY OIL CORP filed a 10-K for fiscal ${fiscalYear}`) });
  await expect(async () => {
    await page.goto("/");
    await expect(entry).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(
    page.getByRole("region", { name: "For you" }).getByRole("link", { name: "MURPHY OIL CORP", exact: true }),
  ).toHaveAttribute("href", "/companies/717423");
  await entry.click();
  await expect(page.getByRole("heading", { level: 1, name: "MURPHY OIL CORP" })).toBeVisible();
  await expect(page.getByText(`Form 10-K · Fiscal year ${fiscalYear}`)).toBeVisible();
});

test("an import under way has its row in the library, with its progress, until the filing takes its place", async ({
  page,
  request,
}) => {
  await signUp(page, "Importer");
  // A new Netflix 10-K on (fake) EDGAR, its download held so the import is caught under way.
  const published = (await (
    await request.post(`${FAKE_EDGAR}/__fake-edgar/publish`, { data: { cik: "1065280", form: "10-K" } })
  ).json()) as { accession: string; filingDate: string; primaryDocument: string };
  const document = `/Archives/edgar/data/1065280/${published.accession.replace(/-/g, "")}/${published.primaryDocument}`;
  await request.post(`${FAKE_EDGAR}/__fake-edgar/hold`, { data: { path: document } });
  const importing = page.getByRole("region", { name: "Importing" });
  try {
    await page.goto("/");
    const box = page.getByRole("region", { name: "Add from EDGAR" });
    await box.getByLabel("Ticker, company, CIK or EDGAR link").fill("1065280");
    await box.getByRole("button", { name: "Find filings" }).click();
    await box
      .getByRole("checkbox", { name: `Import the 10-K filed ${formatIsoDate(published.filingDate)}` })
      .check();
    await box.getByRole("button", { name: "Import 1 filing" }).click();
    await expect(
      box.getByRole("list", { name: "Imports from EDGAR" }).getByRole("progressbar"),
    ).toBeVisible();

    // The library, read again, has the import's row with its stage and progress.
    await page.reload();
    await expect(importing.getByRole("progressbar", { name: /Importing NETFLIX INC 10-K/ })).toBeVisible();
    await expect(importing.getByText(/^Downloading · \d+%$/)).toBeVisible();
  } finally {
    await request.post(`${FAKE_EDGAR}/__fake-edgar/release`, { data: { path: document } });
  }
  // Once imported the row goes and the filing is in the library's list.
  await expect(importing).toHaveCount(0, { timeout: 60_000 });
  await expect(
    page
      .getByRole("region", { name: /NETFLIX INC/ })
      .getByRole("link", { name: new RegExp(`Form 10-K.*Filed ${formatIsoDate(published.filingDate)}`) }),
  ).toBeVisible();
});

test("a company's risk factors year over year: the chart and table on its page, a line in the library", async ({
  page,
  request,
}) => {
  await signUp(page, "Trends");
  // Two years of (fake) Netflix reports, far from any other test's periods; the second rewords a risk.
  for (const [reportDate, revised] of [
    ["2040-12-31", false],
    ["2041-12-31", true],
  ] as const) {
    const published = (await (
      await request.post(`${FAKE_EDGAR}/__fake-edgar/publish`, {
        data: { cik: "1065280", form: "10-K", reportDate, revised },
      })
    ).json()) as { accession: string; primaryDocument: string };
    await page.goto("/");
    const box = page.getByRole("region", { name: "Add from EDGAR" });
    await box
      .getByLabel("Ticker, company, CIK or EDGAR link")
      .fill(
        `${FAKE_EDGAR}/Archives/edgar/data/1065280/${published.accession.replace(/-/g, "")}/${published.primaryDocument}`,
      );
    await box.getByRole("button", { name: "Find filings" }).click();
    await box.getByRole("checkbox", { name: /^Import the 10-K filed/ }).check();
    await box.getByRole("button", { name: "Import 1 filing" }).click();
    await expect(
      box.getByRole("list", { name: "Imports from EDGAR" }).getByRole("link", {
        name: `Open NETFLIX INC 10-K ${formatIsoDate(reportDate)}`,
      }),
    ).toBeVisible({ timeout: 60_000 });
  }

  await page.goto("/companies/1065280");
  const trend = page.getByRole("region", { name: "Risk factors year over year" });
  await expect(
    trend.getByRole("img", { name: /share of the risk section kept from the year before/ }),
  ).toBeVisible();
  const row = trend.getByRole("row", { name: /^2041/ });
  await expect(row.getByRole("cell").nth(3)).toHaveText("1"); // reworded
  await expect(row.getByRole("cell").nth(1)).toHaveText("0"); // new
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
  await row.getByRole("link", { name: "Compare 2041 with the year before" }).click();
  await expect(page.getByTestId("compare-summary")).toContainText("1 changed");

  await page.goto("/");
  await expect(
    page
      .getByRole("region", { name: /NETFLIX INC/ })
      .getByRole("link", { name: /^Risk factors kept year over year: .*2041/ }),
  ).toBeVisible();
});
