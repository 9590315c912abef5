import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { selectPhrase } from "./selection";
import { signUp } from "./session";

const sampleText = fs.readFileSync(
  path.join(import.meta.dirname, "../prisma/seed/filings/iij-20f-fy2008-item3.txt"),
  "utf8",
);
const REWORDED =
  "The major competitors of our connectivity and value-added services are major telecommunications carriers";
const REWORDING =
  "Our largest competitors in connectivity and value-added services are the big telecommunications carriers";
const COMPETE_TITLE =
  "We may not be able to compete effectively, especially against competitors with greater financial";
const NEW_RISK =
  "Our data centers may be damaged by earthquakes and typhoons.\n\n" +
  "Our data centers are located in Tokyo and Osaka, areas exposed to earthquakes, typhoons and floods. A disaster could interrupt our services for days, and our insurance may not cover the resulting losses or the claims our customers could bring against us.\n\n";

/** Uploads a filing's text through the library's import form, with its company and fiscal year. */
async function upload(
  page: Page,
  options: { company: string; fiscalYear: number; text: string; cik?: string },
) {
  await page.goto("/");
  await page.getByLabel("Filing file").setInputFiles({
    name: `iij-${options.fiscalYear}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(options.text),
  });
  await expect(page.getByText(/Found \d+ sections?, \d+ risk factors/)).toBeVisible({ timeout: 20_000 });
  await page.getByRole("textbox", { name: "Company", exact: true }).fill(options.company);
  await page.getByRole("textbox", { name: "Form", exact: true }).fill("20-F");
  await page.getByRole("textbox", { name: "Fiscal year", exact: true }).fill(String(options.fiscalYear));
  if (options.cik) {
    await page.getByText("More details").click();
    await page.getByRole("textbox", { name: "CIK", exact: true }).fill(options.cik);
  }
  await page.getByRole("button", { name: "Import filing" }).click();
  await expect(page).toHaveURL(new RegExp(`-${options.fiscalYear}$`), { timeout: 30_000 });
  return new URL(page.url()).pathname;
}

test("compare a filing with the previous year's: summary, redline, keyboard through the changes, annotate one, share its link", async ({
  page,
  browser,
}) => {
  test.slow();
  await signUp(page, "Comparer");
  // Two years of one (test-only) company: the later one rewords a risk and adds one.
  const company = `IIJ Compare ${Date.now()}`;
  const stamp = `\n\nDocument reference ${company}.\n`;
  await upload(page, { company, fiscalYear: 2008, text: sampleText + stamp });
  // A note on last year's report, on the risk that will be reworded.
  await selectPhrase(page, "Our competitors have advantages over us");
  const first = page.getByRole("dialog", { name: "Annotate the selection" });
  await first.getByLabel("Note (Markdown, optional)").fill("Carry me to next year.");
  await first.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator("li[id^='annotation-']", { hasText: "Carry me" })).toBeVisible();
  const later = sampleText
    .replace(REWORDED, REWORDING)
    .replace(`${COMPETE_TITLE}`, `${NEW_RISK}${COMPETE_TITLE}`);
  expect(later).not.toBe(sampleText);
  const newer = await upload(page, { company, fiscalYear: 2009, text: later + stamp });

  // Last year's note follows its risk into this year's reader (carried, not copied).
  await page.getByText("1 note carried from FY2008").click();
  const carried = page.getByRole("list", { name: "Notes carried from FY2008" });
  await expect(carried).toContainText("Carry me to next year.");
  await expect(carried).toContainText("Its risk factor was reworded this year");
  await expect(
    carried.getByRole("link", { name: /^On “We may not be able to compete effectively/ }),
  ).toBeVisible();

  // From the reader to the comparison with the year before.
  await page.getByRole("link", { name: "Compare with previous year" }).click();
  await expect(page).toHaveURL(/\/compare\/[^/]+-2008$/);
  const comparison = page.url();
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(page.getByTestId("compare-summary")).toHaveText(/^1 new risk, 1 changed, \d+ unchanged$/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);

  // The reworded risk's redline: the new words inserted, the old struck, said to screen readers.
  const change = page.locator("article[data-change]").first();
  await expect(change.getByRole("heading", { level: 3 })).toContainText(
    "We may not be able to compete effectively",
  );
  await expect(change.locator("ins")).toContainText(["[inserted:"]);
  await expect(change.locator("ins").filter({ hasText: "largest" })).toHaveCount(1);
  await expect(change.locator("del").filter({ hasText: "major" }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/compare.png", fullPage: false });

  // Keyboard: n to the first change, again to the next (the new risk), p back.
  await page.keyboard.press("n");
  await expect(change).toBeFocused();
  await expect(page).toHaveURL(/#change-1$/);
  await page.keyboard.press("n");
  const added = page.locator("li[data-change]", {
    hasText: "Our data centers may be damaged by earthquakes",
  });
  await expect(added).toBeFocused();
  await expect(page.getByText("Change 2 of 2")).toBeVisible();
  await page.keyboard.press("p");
  await expect(change).toBeFocused();

  // Annotate the change where it is in the later filing.
  await change.getByRole("link", { name: /to annotate$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${newer}#`));
  await selectPhrase(page, "Our largest competitors in connectivity");
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover
    .getByLabel("Note (Markdown, optional)")
    .fill("New wording: they now call them the big carriers.");
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator("li[id^='annotation-']", { hasText: "big carriers" })).toBeVisible();

  // A colleague follows the change's link: the same change, in view.
  const colleague = await browser.newContext();
  const theirs = await colleague.newPage();
  await signUp(theirs, "Colleague");
  await theirs.goto(`${comparison}#change-1`);
  await expect(theirs.locator("#change-1")).toBeInViewport();
  await expect(theirs.locator("#change-1 ins").filter({ hasText: "largest" })).toHaveCount(1);
  await colleague.close();
});

test("each risk factor followed through a company's reports: new, reworded and kept, year by year, linked to each year's text", async ({
  page,
}) => {
  test.slow();
  await signUp(page, "Lineage Reader");
  const company = `IIJ Lineage ${Date.now()}`;
  // A CIK of this test's own: the lineage is every annual report of one CIK.
  const cik = String(Date.now()).slice(-10).padStart(10, "0");
  const stamp = `\n\nDocument reference ${company}.\n`;
  await upload(page, { company, fiscalYear: 2008, text: sampleText + stamp, cik });
  const later = sampleText
    .replace(REWORDED, REWORDING)
    .replace(`${COMPETE_TITLE}`, `${NEW_RISK}${COMPETE_TITLE}`);
  const newer = await upload(page, { company, fiscalYear: 2009, text: later + stamp, cik });

  await page.getByRole("link", { name: "Risk factors over the years" }).click();
  await expect(page).toHaveURL(new RegExp(`/companies/${cik}/risks$`));
  await expect(page.getByRole("heading", { level: 1, name: "Risk factors over the years" })).toBeVisible();
  const table = page.locator("[data-lineage-table]");
  await expect(table.getByRole("columnheader")).toHaveText(["Risk factor", "2008", "2009"]);
  // The new risk: absent in 2008, new in 2009; the reworded one says so; one kept as it was.
  const added = table.getByRole("row", { name: /Our data centers may be damaged by earthquakes/ });
  await expect(added.getByRole("cell")).toHaveText([/not in 2008$/, /2009: new$/]);
  const reworded = table.getByRole("row", { name: /We may not be able to compete effectively/ });
  await expect(reworded.getByRole("cell")).toHaveText([/2008: present$/, /2009: reworded$/]);
  await expect(table.getByRole("link", { name: "2009: unchanged" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Changed/ })).toContainText("1");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("lineage.png"), fullPage: true });
  // Dark: the statuses' colours keep their contrast.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await new AxeBuilder({ page }).analyze();
  expect(
    dark.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")),
  ).toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await page.reload();
  // At phone width the table scrolls in its own box; the page does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("lineage-phone.png") });
  await page.setViewportSize({ width: 1280, height: 720 });

  // Filtered to the changed; a cell opens that year's text at the risk factor.
  await page.getByRole("link", { name: /^Changed/ }).click();
  await expect(table.getByRole("row")).toHaveCount(2);
  await reworded.getByRole("link", { name: "2009: reworded" }).click();
  await expect(page).toHaveURL(new RegExp(`${newer}#risk-`));
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${target}"]`)).toContainText("We may not be able to compete effectively");
  await expect(page.locator(`[id="${target}"]`)).toBeInViewport();

  // And back: the risk title's own "history" link opens its row, its cell for this year targeted.
  await page.locator(`[id="${target}"]`).hover();
  await page
    .locator(`[id="${target}"]`)
    .getByRole("link", { name: "history: this risk factor over the years" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/companies/${cik}/risks#`));
  await expect(page.locator("[data-lineage-table] a:target")).toHaveText(/2009: reworded$/);
  await expect(page.locator("[data-lineage-table] a:target")).toBeInViewport();
});
