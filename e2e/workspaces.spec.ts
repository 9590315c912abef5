import { expect, test } from "@playwright/test";
import { selectPhrase } from "./selection";
import { signUp } from "./session";

const sample = "/filings/iij-20f-fy2008";

test("an invite link joins a colleague; a note shared with the workspace reaches them by its link", async ({
  browser,
}) => {
  const ann = await browser.newPage();
  await signUp(ann, "Ann");
  await ann.goto("/workspaces");
  await ann.getByLabel("New workspace").fill("Telecoms desk");
  await ann.getByRole("button", { name: "Create" }).click();
  await expect(ann.getByRole("heading", { name: "Telecoms desk" })).toBeVisible();
  await ann.getByRole("button", { name: "Create invite link" }).click();
  const invite = await ann.getByLabel("Invite link (valid 7 days)").inputValue();
  expect(invite).toMatch(/\/join\/[\w-]{20,}$/);
  await ann.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await ann.getByRole("button", { name: "Copy invite link" }).click();
  await expect(ann.getByText("Invite link copied")).toBeVisible();
  expect(await ann.evaluate(() => navigator.clipboard.readText())).toBe(invite);

  const bob = await browser.newPage();
  await signUp(bob, "Bob");
  await bob.goto(invite);
  await bob.getByRole("button", { name: "Join Telecoms desk" }).click();
  await expect(bob).toHaveURL(/\/workspaces$/);
  await expect(bob.getByRole("list", { name: "Members of Telecoms desk" })).toContainText("Ann");

  // Ann annotates a passage and shares it with the workspace.
  const phrase = "hi-ho for ¥1,230 million in cash from Panasonic Network Services Inc.";
  await ann.goto(sample);
  await selectPhrase(ann, phrase);
  const popover = ann.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByText("Figure", { exact: true }).click();
  await popover.getByLabel("Visible to").selectOption({ label: "Telecoms desk" });
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = ann.locator("li[id^='annotation-']", { hasText: "Panasonic Network Services" });
  await expect(card).toContainText("Shared: Telecoms desk");
  const id = (await card.getAttribute("id"))!.replace("annotation-", "");

  // Bob opens Ann's link and lands on the passage with the thread open, and replies.
  await bob.goto(`/a/${id}`);
  await expect(bob).toHaveURL(new RegExp(`\\?annotation=${id}$`));
  const bobCard = bob.locator(`#annotation-${id}`);
  await expect(bobCard).toContainText("Ann");
  await bobCard.getByLabel("Reply").fill("Was this paid in cash only? @an");
  await bobCard
    .getByRole("listbox", { name: "Mention a colleague" })
    .getByRole("button", { name: /Ann$/ })
    .click();
  await expect(bobCard.getByLabel("Reply")).toHaveValue(/@ann-[\w.-]+ $/);
  await bobCard.getByRole("button", { name: "Reply" }).click();
  await expect(bobCard.getByRole("list", { name: "Replies" })).toContainText("paid in cash only");

  await ann.reload();
  await expect(ann.locator(`#annotation-${id}`)).toContainText("1 reply");
  // The header tells Ann, on any page, that something new is for her.
  const unread = ann.getByTestId("unread-mentions");
  await expect(unread).toHaveText("1 unread mention");
  // The mention reaches Ann under "For you", linking to the thread; seeing it clears the count.
  await ann.goto("/");
  const forYou = ann.getByRole("region", { name: "For you" });
  await expect(forYou).toContainText("Bob mentioned you in a reply on Internet Initiative Japan Inc.");
  await expect(unread).toHaveCount(0);
  await forYou.getByRole("link").first().click();
  await expect(ann).toHaveURL(new RegExp(`\\?annotation=${id}$`));
  // Seen stays seen on the next page.
  await expect(ann.locator(`#annotation-${id}`)).toBeVisible();
  await expect(unread).toHaveCount(0);

  // Ann removes Bob; the shared note is no longer available to him.
  await ann.goto("/workspaces");
  await ann.getByRole("button", { name: "Remove Bob" }).click();
  await expect(ann.getByRole("list", { name: "Members of Telecoms desk" })).not.toContainText("Bob");
  const response = await bob.goto(`/a/${id}`);
  expect(response?.status()).toBe(404);
  await ann.close();
  await bob.close();
});

test("an expired or unknown invite link says so", async ({ page }) => {
  await signUp(page, "Dana");
  await page.goto("/join/not-a-real-token");
  await expect(page.getByRole("heading", { name: "This invite link no longer works" })).toBeVisible();
});

test("a colleague's new shared note appears live, without a reload", async ({ browser }) => {
  const ann = await browser.newPage();
  await signUp(ann, "Ann");
  await ann.goto("/workspaces");
  await ann.getByLabel("New workspace").fill("Live desk");
  await ann.getByRole("button", { name: "Create" }).click();
  await ann.getByRole("button", { name: "Create invite link" }).click();
  const invite = await ann.getByLabel("Invite link (valid 7 days)").inputValue();

  const bob = await browser.newPage();
  await signUp(bob, "Bob");
  await bob.goto(invite);
  await bob.getByRole("button", { name: "Join Live desk" }).click();
  await expect(bob).toHaveURL(/\/workspaces$/);
  await bob.goto(sample);
  await expect(bob.getByRole("heading", { name: /Notes/ })).toBeVisible();

  const phrase = "There is strong competition among systems integrators";
  await ann.goto(sample);
  await selectPhrase(ann, phrase);
  const popover = ann.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Visible to").selectOption({ label: "Live desk" });
  await popover.getByRole("button", { name: "Save note" }).click();

  // Bob's open page shows it within 2 seconds, with no navigation of his.
  await expect(bob.locator("li[id^='annotation-']", { hasText: phrase })).toBeVisible({ timeout: 2_000 });
  await ann.close();
  await bob.close();
});

test("an owner renames the workspace and makes a colleague an owner; the last owner cannot step down", async ({
  browser,
}) => {
  const ann = await browser.newPage();
  await signUp(ann, "Ann");
  await ann.goto("/workspaces");
  const name = `Desk ${Date.now()}`;
  await ann.getByLabel("New workspace").fill(name);
  await ann.getByRole("button", { name: "Create" }).click();
  await expect(ann.getByRole("heading", { name })).toBeVisible();
  await ann.getByRole("button", { name: "Create invite link" }).click();
  const invite = await ann.getByLabel("Invite link (valid 7 days)").inputValue();
  const bob = await browser.newPage();
  await signUp(bob, "Bob");
  await bob.goto(invite);
  await bob.getByRole("button", { name: `Join ${name}` }).click();
  await expect(bob).toHaveURL(/\/workspaces$/);

  // Alone as owner, Ann cannot step down.
  await ann.reload();
  await ann.getByRole("button", { name: "Make Ann a member" }).click();
  await expect(ann.getByText("A workspace needs an owner: make someone else owner first.")).toBeVisible();

  await ann.getByRole("button", { name: "Make Bob an owner" }).click();
  await expect(ann.getByRole("button", { name: "Make Bob a member" })).toBeVisible();
  await ann.getByText("Rename workspace").click();
  await ann.getByLabel("New name").fill(`${name} renamed`);
  await ann.getByRole("button", { name: "Rename", exact: true }).click();
  await expect(ann.getByRole("heading", { name: `${name} renamed` })).toBeVisible();

  // Bob now manages it too.
  await bob.reload();
  await expect(bob.getByRole("heading", { name: `${name} renamed` })).toBeVisible();
  await expect(bob.getByRole("button", { name: "Create invite link" })).toBeVisible();
});
