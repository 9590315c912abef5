import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./session";
import { openPasteText } from "./import-form";

const fixtures = path.resolve(import.meta.dirname, "../lib/filing/__fixtures__");

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test("signed out, the library offers sign-in instead of the import form", async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/");
  await expect(page.getByText("to import a filing of your own")).toBeVisible();
  await expect(page.getByLabel("Filing file")).toHaveCount(0);
  await page.close();
});

test("a file chosen before the page's code has loaded is still read", async ({ page }) => {
  // Hold every script until the file is chosen: the form is there (server-rendered) but not yet
  // interactive, as on a slow connection.
  let release: () => void = () => {};
  const scriptsMayLoad = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (route.request().resourceType() === "script") await scriptsMayLoad;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  await page.getByLabel("Filing file").setInputFiles(path.join(fixtures, "fedex-10k-fy2023-item1a.txt"));
  release();
  await expect(page.getByText(/Found \d+ sections?, \d+ risk factors/)).toBeVisible({ timeout: 20_000 });
});

test("uploading a 10-K previews what was found, lets the metadata be corrected, and opens the reader", async ({
  page,
}) => {
  const company = `FedEx Test ${Date.now()}`;
  await page.goto("/");
  await page.getByLabel("Filing file").setInputFiles(path.join(fixtures, "fedex-10k-fy2023-item1a.txt"));
  await expect(
    page.getByText(/Found \d+ sections?, \d+ risk factors, \d+ tables? and \d+ figures/),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("textbox", { name: "Form", exact: true })).toHaveValue("10-K");
  await page.getByRole("textbox", { name: "Company", exact: true }).fill(company);
  await page.getByRole("textbox", { name: "Fiscal year", exact: true }).fill("2023");
  await page.getByRole("button", { name: "Import filing" }).click();
  await expect(page).toHaveURL(/\/filings\/fedex-test-\d+-10-k-2023$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company);
  await expect(page.locator(".risk-title").first()).toBeVisible();

  // The importer corrects the details later, from the reader; the address stays.
  const address = page.url();
  await page.getByText("Correct details").click();
  const correction = page.locator("form").filter({ has: page.getByRole("button", { name: "Save details" }) });
  await correction.getByRole("textbox", { name: "CIK" }).fill("abc");
  await correction.getByRole("button", { name: "Save details" }).click();
  await expect(correction.getByRole("textbox", { name: "CIK" })).toHaveAttribute("aria-invalid", "true");
  await expect(correction.getByText(/A CIK is up to ten digits/)).toBeVisible();
  await correction.getByRole("textbox", { name: "CIK" }).fill("1048911");
  await correction.getByRole("textbox", { name: "Company" }).fill(`${company} Corp`);
  await correction.getByRole("textbox", { name: "Ticker" }).fill("fdx");
  await correction.getByRole("button", { name: "Save details" }).click();
  await expect(correction.getByText("Details saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${company} Corp`);
  await expect(page.locator("article header")).toContainText("FDX");
  expect(page.url()).toBe(address);

  await page.goto("/");
  await expect(page.getByRole("region", { name: new RegExp(company) }).getByRole("link")).toBeVisible();
});

test("a field error is shown beside its field and nothing is stored", async ({ page }) => {
  await openPasteText(page);
  await page
    .getByLabel("Filing text or HTML")
    .fill("Item 1A. Risk Factors\n\nWe may fail.\n\nOur business could fail for many reasons.");
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByText(/Found/)).toBeVisible();
  await page.getByRole("textbox", { name: "Company", exact: true }).fill("");
  await page.getByRole("textbox", { name: "Form", exact: true }).fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "Import filing" }).click();
  await expect(page.getByText("Enter the company’s name.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Company", exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expect(page.getByRole("textbox", { name: "Form", exact: true })).toHaveAttribute(
    "aria-describedby",
    "import-form-error",
  );
  // What was typed stays, shown as text (never run as markup).
  await expect(page.getByRole("textbox", { name: "Form", exact: true })).toHaveValue(
    "<script>alert(1)</script>",
  );
  await expect(page).toHaveURL(/\/$/);
});

test("unsupported, empty and binary files get a clear message", async ({ page }) => {
  await page.goto("/");
  const input = page.getByLabel("Filing file");
  const alert = page.getByRole("region", { name: "Import a filing" }).getByRole("alert");
  await input.setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.7 ..."),
  });
  await expect(alert).toContainText("not a supported file type");
  await input.setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await expect(alert).toContainText("empty");
  const binary = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x1a, 0x0a, 0, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 0,
  ]);
  await input.setInputFiles({ name: "image.txt", mimeType: "text/plain", buffer: binary });
  await expect(alert).toContainText(/not text|binary/i);
  await expect(page.getByRole("button", { name: "Import filing" })).toHaveCount(0);
});

test("a 12 MB filing (past the proxy's default 10 MB) is analysed and imported; over 20 MB is refused with a message", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // 13,000 paragraphs of 1 KB: past 12 MB, within the caps on blocks and figures.
  const paragraph = (i: number) =>
    `Paragraph ${"abcdefghij"[i % 10]} of a long filing: ${"the company discusses its operations and outlook at length ".repeat(16)}`;
  const tag = Date.now().toString(36);
  const content = `Item 1A. Risk Factors\n\nWe may lose customer ${tag}.\n\n${Array.from({ length: 13_000 }, (_, i) => paragraph(i)).join("\n\n")}`;
  expect(content.length).toBeGreaterThan(12 * 1024 * 1024);
  await page.goto("/");
  const input = page.getByLabel("Filing file");
  await input.setInputFiles({ name: "long.txt", mimeType: "text/plain", buffer: Buffer.from(content) });
  await expect(page.getByText(/Found \d+ sections?, \d+ risk factors?/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("textbox", { name: "Company", exact: true }).fill(`Long Co ${tag}`);
  await page.getByRole("textbox", { name: "Form", exact: true }).fill("10-K");
  await page.getByRole("button", { name: /^Import/ }).click();
  await expect(page).toHaveURL(new RegExp(`/filings/long-co-${tag}-10-k`), { timeout: 90_000 });
  await expect(page.getByText(`We may lose customer ${tag}.`)).toBeVisible();

  await page.goto("/");
  await input.setInputFiles({
    name: "huge.txt",
    mimeType: "text/plain",
    buffer: Buffer.alloc(21 * 1024 * 1024, "a"),
  });
  await expect(page.getByRole("region", { name: "Import a filing" }).getByRole("alert")).toContainText(
    "the limit is 20 MB",
  );
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});
