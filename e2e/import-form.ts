import { expect, type Page } from "@playwright/test";

/**
 * Opens the library and its import form's "Paste text" tab. The tab is an island's, and the
 * library above it can still grow (an EDGAR import's row): it is clicked again until its panel
 * shows (CI runs lost the first click before the island was ready).
 */
export async function openPasteText(page: Page) {
  await page.goto("/");
  await expect(async () => {
    await page.getByRole("tab", { name: "Paste text" }).click();
    await expect(page.getByLabel("Filing text or HTML")).toBeVisible({ timeout: 1_000 });
  }).toPass();
}
