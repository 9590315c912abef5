import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./session";

// The server's EDGAR is the fake one (scripts/e2e-server.mjs): recorded responses, and the
// BetterLife 20-F, which no other test imports.

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test("a company's filings found by CIK are imported in the background, with progress, to the reader", async ({
  page,
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

  await pick.check();
  await box.getByRole("button", { name: "Import 1 filing" }).click();
  const jobs = box.getByRole("list", { name: "Imports from EDGAR" });
  await expect(
    jobs.getByRole("progressbar", { name: /Importing BetterLife Pharma Inc\. 20-F/ }),
  ).toBeVisible();
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
