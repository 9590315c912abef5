import { expect, test, type Page } from "@playwright/test";
import { selectPhrase } from "./selection";
import { demoAccount, signIn } from "./session";

const sample = "/filings/iij-20f-fy2008";

/** Annotates `phrase` as the signed-in user and returns the note's id. */
async function annotate(page: Page, phrase: string): Promise<string> {
  await page.goto(sample);
  await selectPhrase(page, phrase);
  await page
    .getByRole("dialog", { name: "Annotate the selection" })
    .getByRole("button", { name: "Save note" })
    .click();
  const card = page.locator("li[id^='annotation-']", { hasText: phrase }).first();
  await expect(card).toBeVisible();
  return (await card.getAttribute("id"))!.replace("annotation-", "");
}

test("an annotation link opens the filing at the passage with its thread open", async ({ page }) => {
  await signIn(page);
  const phrase = "we have ten consolidated subsidiaries and four equity method investees";
  const id = await annotate(page, phrase);
  await page.goto("/");
  await page.goto(`/a/${id}`);
  await expect(page).toHaveURL(new RegExp(`/filings/iij-20f-fy2008\\?annotation=${id}$`));
  const card = page.locator(`#annotation-${id}`);
  await expect(card.getByRole("button", { expanded: true })).toBeVisible();
  await expect(card.getByLabel("Reply")).toBeVisible();
  await expect(page.locator(".block-text", { hasText: phrase })).toBeInViewport();
});

test("a signed-out visitor signs in and lands on the link's target; a stranger gets 'not available'", async ({
  page,
  browser,
}) => {
  await signIn(page);
  const id = await annotate(
    page,
    "the NTT Group, which is comprised of Nippon Telegraph and Telephone Corporation",
  );

  const visitor = await browser.newPage();
  await visitor.goto(`/a/${id}`);
  await expect(visitor).toHaveURL(/\/sign-in\?next=%2Fa%2F/);
  await visitor.getByLabel("Email").fill(demoAccount.email);
  await visitor.getByLabel("Password").fill(demoAccount.password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(new RegExp(`\\?annotation=${id}$`));
  await visitor.close();

  const stranger = await browser.newPage();
  await stranger.goto("/sign-up");
  await stranger.getByLabel("Name").fill("Stranger");
  await stranger.getByLabel("Email").fill(`stranger-${Date.now()}@example.com`);
  await stranger.getByLabel(/Password/).fill("a stranger's password");
  await stranger.getByRole("button", { name: "Create account" }).click();
  await expect(stranger.getByTestId("signed-in-as")).toHaveText("Stranger");
  const response = await stranger.goto(`/a/${id}`);
  expect(response?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "Not available to you" })).toBeVisible();
  const unknown = await stranger.goto(`/a/00000000-0000-4000-8000-000000000000`);
  expect(unknown?.status()).toBe(404);
  await stranger.close();
});

test("a selection link opens the filing with the quoted passage highlighted, or says it is gone", async ({
  page,
}) => {
  const quote = "Our major competitors have the financial resources to reduce prices";
  await page.goto(
    `${sample}?quote=${encodeURIComponent(quote)}&prefix=${encodeURIComponent("Fujitsu Limited, NTT Data Corporation and their affiliates. ")}`,
  );
  await expect(page.locator(".block-text", { hasText: quote })).toBeInViewport();
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get("shared-selection")?.size ?? 0))
    .toBeGreaterThan(0);

  await page.goto(
    `${sample}?quote=${encodeURIComponent("A sentence that was never in this filing at all, anywhere.")}`,
  );
  await expect(page.getByText("could not be found in this version of the filing")).toBeVisible();
});
