import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectFigureTipWhole } from "./figure-tip";
import { signUp } from "./session";

/**
 * A small annual report in inline XBRL, as EDGAR's are written (ix:header with contexts and
 * units, facts scaled to millions in the statements): the prose states revenue right and net
 * income wrong ("$9.9 billion" where the statements tag 8,712 million).
 */
function inlineXbrlReport(company: string): string {
  const context = (id: string, period: string) =>
    `<xbrli:context id="${id}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0009999999</xbrli:identifier></xbrli:entity><xbrli:period>${period}</xbrli:period></xbrli:context>`;
  const number = (concept: string, contextRef: string, shown: string, unit = "usd", scale = 6) =>
    `<ix:nonFraction name="${concept}" contextRef="${contextRef}" unitRef="${unit}" decimals="${scale === 6 ? -6 : 2}" scale="${scale}" format="ixt:num-dot-decimal">${shown}</ix:nonFraction>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
  xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"
  xmlns:us-gaap="http://fasb.org/us-gaap/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
<head><title>${company} 10-K 2024</title></head>
<body><div style="display:none"><ix:header><ix:hidden>
  <ix:nonNumeric name="dei:DocumentPeriodEndDate" contextRef="FY2024">2024-12-31</ix:nonNumeric>
  <ix:nonNumeric name="dei:DocumentFiscalPeriodFocus" contextRef="FY2024">FY</ix:nonNumeric>
  <ix:nonNumeric name="dei:DocumentFiscalYearFocus" contextRef="FY2024">2024</ix:nonNumeric>
</ix:hidden><ix:resources>
  ${context("FY2024", "<xbrli:startDate>2024-01-01</xbrli:startDate><xbrli:endDate>2024-12-31</xbrli:endDate>")}
  ${context("FY2023", "<xbrli:startDate>2023-01-01</xbrli:startDate><xbrli:endDate>2023-12-31</xbrli:endDate>")}
  ${context("I2024", "<xbrli:instant>2024-12-31</xbrli:instant>")}
  ${context("I2023", "<xbrli:instant>2023-12-31</xbrli:instant>")}
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
</ix:resources></ix:header></div>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM <ix:nonNumeric name="dei:DocumentType" contextRef="FY2024">10-K</ix:nonNumeric></p>
<p><ix:nonNumeric name="dei:EntityRegistrantName" contextRef="FY2024">${company}</ix:nonNumeric></p>
<h2>Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations</h2>
<p>Revenue was $39.0 billion in 2024, compared with $33.7 billion in 2023, as more members joined in every region.</p>
<p>Net income was $9.9 billion in 2024, and we ended the year with total assets of $53.6 billion.</p>
<h2>Item 8. Financial Statements and Supplementary Data</h2>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS (in millions, except per share data)</p>
<table>
  <tr><td></td><td>2024</td><td>2023</td></tr>
  <tr><td>Revenues</td><td>$${number("us-gaap:Revenues", "FY2024", "39,001")}</td><td>$${number("us-gaap:Revenues", "FY2023", "33,723")}</td></tr>
  <tr><td>Net income</td><td>$${number("us-gaap:NetIncomeLoss", "FY2024", "8,712")}</td><td>$${number("us-gaap:NetIncomeLoss", "FY2023", "5,408")}</td></tr>
  <tr><td>Diluted earnings per share</td><td>$${number("us-gaap:EarningsPerShareDiluted", "FY2024", "19.83", "usdPerShare", 0)}</td><td>$${number("us-gaap:EarningsPerShareDiluted", "FY2023", "12.03", "usdPerShare", 0)}</td></tr>
</table>
<p>CONSOLIDATED BALANCE SHEETS (in millions)</p>
<table>
  <tr><td></td><td>December 31, 2024</td><td>December 31, 2023</td></tr>
  <tr><td>Total assets</td><td>$${number("us-gaap:Assets", "I2024", "53,630")}</td><td>$${number("us-gaap:Assets", "I2023", "48,732")}</td></tr>
</table>
</body></html>`;
}

/** Imports the report through the library's form; returns the reader's path. */
async function importReport(page: Page, company: string): Promise<string> {
  await page.goto("/");
  await page.getByLabel("Filing file").setInputFiles({
    name: "report-10k-2024.htm",
    mimeType: "text/html",
    buffer: Buffer.from(inlineXbrlReport(company)),
  });
  await expect(page.getByText(/Found \d+ sections?/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("textbox", { name: "Company", exact: true })).toHaveValue(company);
  await page.getByRole("button", { name: /^Import/ }).click();
  await expect(page).toHaveURL(/\/filings\/[^/]+$/, { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

test("tagged figures explain their facts, the facts panel links to them, and a wrong narrative figure is flagged", async ({
  page,
}) => {
  await signUp(page, "Facts Reader");
  const company = `Tagline Media ${Date.now()}`;
  const reader = await importReport(page, company);

  // The facts panel: key financials for the year and the year before.
  const panel = page.locator("[data-key-financials]");
  await expect(panel.getByRole("columnheader")).toHaveText(["Financial", "FY2024", "FY2023"]);
  const revenue = panel.getByRole("row", { name: /^Revenue/ });
  await expect(revenue.getByRole("cell")).toHaveText([/\$39\.0 bn/, /\$33\.7 bn/]);
  await expect(panel.getByRole("row", { name: /^EPS, diluted/ }).getByRole("cell")).toHaveText([
    /\$19\.83/,
    /\$12\.03/,
  ]);
  await expect(panel).toContainText("3 agree");
  await expect(panel).toContainText("1 flagged");
  await panel.screenshot({ path: test.info().outputPath("key-financials.png") });

  // …each value linking to the statement figure that shows it, which says what it is.
  await revenue.getByRole("link", { name: /\$39\.0 bn/ }).click();
  const statementFigure = page.locator("data.figure:target");
  await expect(statementFigure).toHaveText("$39,001");
  await expect(statementFigure).toBeInViewport();
  await expect(statementFigure).toHaveAttribute("data-tagged", "");
  await expectFigureTipWhole(page, statementFigure);
  const tip = page.locator("[data-figure-tip]");
  await expect(tip).toContainText("Tagged: Revenues (us-gaap:Revenues)");
  await expect(tip).toContainText("1 Jan 2024 to 31 Dec 2024");
  await expect(tip).toContainText("USD 39,001,000,000, rounded to millions");

  // The prose: revenue agrees with the statements; net income does not, and says why.
  const agreeing = page.locator('data.figure[data-check="agrees"]', { hasText: "$39.0 billion" });
  await expect(agreeing).toHaveAttribute(
    "aria-description",
    /Checked: Agrees with Revenues \(us-gaap:Revenues, 2024-12-31\)/,
  );
  const flagged = page.locator('data.figure[data-check="disagrees"]');
  await expect(flagged).toHaveText("$9.9 billion");
  await flagged.focus();
  await expect(tip).toContainText(
    "Check this figure: The sentence speaks of net income, but no tagged net income (us-gaap:NetIncomeLoss) rounds to $9.9 billion.",
  );
  await page.screenshot({ path: test.info().outputPath("facts-reader.png"), fullPage: false });

  // The checks list: flagged first, each linked to its place; and as CSV.
  await panel.getByRole("link", { name: "See the checks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Checks" })).toBeVisible();
  const rows = page.locator("[data-check-row]");
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toHaveAttribute("data-check-row", "disagrees");
  await expect(rows.first()).toContainText("Net income was $9.9 billion in 2024");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious")).toEqual(
    [],
  );
  // Dark: the badges and marks keep their contrast, in the list and in the reader's panel.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect((await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === "serious")).toEqual(
    [],
  );
  await page.goto(reader);
  await expect(page.locator("[data-key-financials]")).toBeVisible();
  expect(
    (
      await new AxeBuilder({ page }).include("[data-key-financials]").include("[data-check]").analyze()
    ).violations.filter((v) => v.impact === "serious"),
  ).toEqual([]);
  await page.goBack();
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  // At phone width the list fits the screen (no sideways scrolling).
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rows.first()).toBeVisible();
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("checks-phone.png") });
  await page.setViewportSize({ width: 1280, height: 720 });
  const csv = await (await page.request.get(`${reader}/checks.csv`)).text();
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toContain("status,figure,value,unit,financial,explanation");
  expect(lines.filter((line) => line.includes(",flagged,"))).toHaveLength(1);
  expect(csv).toContain(",flagged,$9.9 billion,9900000000,USD,net income,");
  await rows
    .first()
    .getByRole("link", { name: /\$9\.9 billion/ })
    .click();
  await expect(page).toHaveURL(/#f-\d+$/);
  await expect(page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`)).toHaveText("$9.9 billion");
  await expect(page.locator('data.figure[data-check="disagrees"]')).toBeInViewport();
});
