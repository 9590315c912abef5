import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { selectPhrase } from "./selection";
import { signUp } from "./session";

test("searching in a filing ranks a risk-factor title first and opens it at the passage", async ({
  page,
}) => {
  await page.goto("/filings/iij-20f-fy2008");
  await page.getByRole("searchbox", { name: "Search in this filing" }).fill("impairment");
  await page.getByRole("searchbox", { name: "Search in this filing" }).press("Enter");
  await expect(page).toHaveURL(/\/search\?filing=iij-20f-fy2008&q=impairment/);
  const hits = page.locator("li.search-hit");
  await expect(hits.first()).toContainText("Risk factor");
  await expect(hits.first().locator("mark").first()).toHaveText(/impair/i);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`))).toEqual([]);

  const title = (await hits.first().locator("a span").last().textContent())!.trim();
  await hits.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/filings\/iij-20f-fy2008#/);
  const blockId = new URL(page.url()).hash.slice(1);
  const block = page.locator(`[id="${blockId}"]`);
  await expect(block).toBeInViewport();
  await expect(block).toContainText(title.slice(0, 40));
});

test("a note is found by a partial word by its author only, and the hit opens its thread", async ({
  page,
  browser,
}) => {
  await signUp(page, "Searcher");
  const word = `quokka${Date.now().toString(36)}`;
  await page.goto("/filings/iij-20f-fy2008");
  await selectPhrase(page, "we have ten consolidated subsidiaries and four equity method investees");
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Note (Markdown, optional)").fill(`Check the ${word} count <b>now</b>`);
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator("li[id^='annotation-']", { hasText: word })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search filings and notes" }).fill(word.slice(0, -3));
  await page.getByRole("searchbox", { name: "Search filings and notes" }).press("Enter");
  const hit = page.locator("li.search-hit").first();
  await expect(hit).toContainText("Note note by Searcher");
  await expect(hit.locator("mark")).toHaveText(word);
  // The note's markup is shown as text, never as HTML.
  await expect(hit).toContainText("count <b>now</b>");
  await expect(hit.locator("b")).toHaveCount(0);
  await hit.getByRole("link").click();
  await expect(page).toHaveURL(/\?annotation=/);
  await expect(page.getByLabel("Reply")).toBeVisible();

  const other = await browser.newPage();
  await signUp(other, "Bystander");
  await other.goto(`/search?q=${word}`);
  await expect(other.getByText(`Nothing matches “${word}”.`)).toBeVisible();
  await other.close();
});

test("a search with a bad filter says so instead of failing", async ({ page }) => {
  const response = await page.goto("/search?q=yen&state=maybe");
  expect(response?.status()).toBe(200);
  await expect(page.locator("#search-error")).toHaveText("State is open or resolved.");
});
