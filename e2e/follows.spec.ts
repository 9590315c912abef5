import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { selectPhrase } from "./selection";
import { signUp } from "./session";

const sample = "/filings/iij-20f-fy2008";

/** Serious or critical accessibility problems on the page, as "rule: element" lines. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
}

test("a follower of a filing is told of a colleague's shared note and reply; unfollowing stops it", async ({
  browser,
}) => {
  // Two people, each signing up, with some 40 steps between them: about 30 s on a busy machine.
  test.setTimeout(60_000);
  // Two people in two browser contexts: Ann writes, Bob follows.
  const ann = await (await browser.newContext()).newPage();
  await signUp(ann, "Ann");
  const desk = `Follow desk ${Date.now().toString(36)}`;
  await ann.goto("/workspaces");
  await ann.getByLabel("New workspace").fill(desk);
  await ann.getByRole("button", { name: "Create" }).click();
  await ann.getByRole("button", { name: "Create invite link" }).click();
  const invite = await ann.getByLabel("Invite link (valid 7 days)").inputValue();

  const bob = await (await browser.newContext()).newPage();
  await signUp(bob, "Bob");
  await bob.goto(invite);
  await bob.getByRole("button", { name: `Join ${desk}` }).click();
  await expect(bob).toHaveURL(/\/workspaces$/);
  // The workspace page offers to follow the workspace too, and stays accessible with it.
  await expect(bob.getByRole("button", { name: "Follow", exact: true })).toBeVisible();
  expect(await seriousViolations(bob)).toEqual([]);

  await bob.goto(sample);
  await bob.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(bob.getByRole("button", { name: "Following", exact: true })).toBeVisible();
  await expect(bob.getByRole("status").filter({ hasText: "You follow this filing" })).toBeVisible();

  // Ann shares a note with the workspace and replies in its thread.
  const phrase = "We may not be able to perform our responsibilities under these contracts";
  await ann.goto(sample);
  await selectPhrase(ann, phrase);
  const popover = ann.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Visible to").selectOption({ label: desk });
  await popover.getByLabel("Note (Markdown, optional)").fill("Margins at risk?");
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = ann.locator("li[id^='annotation-']", { hasText: "Margins at risk?" });
  await expect(card).toContainText(`Shared: ${desk}`);
  const id = (await card.getAttribute("id"))!.replace("annotation-", "");
  await card.getByLabel("Reply").fill("Yes, see the next page.");
  await card.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("see the next page");

  // Bob's header counts both; "For you" lists them, each linking to the passage.
  await bob.goto("/workspaces");
  const unread = bob.getByTestId("unread-mentions");
  await expect(unread).toHaveText("2 unread updates in what you follow");
  await bob.goto("/");
  const forYou = bob.getByRole("region", { name: "For you" });
  const replied = forYou.getByRole("link", {
    name: /Ann replied on .*20-F 2008: “We may not be able to perform/,
  });
  await expect(replied).toContainText("Yes, see the next page.");
  await expect(forYou.getByRole("link", { name: /Ann added a note on .*20-F 2008/ })).toContainText(
    "Margins at risk?",
  );
  await expect(unread).toHaveCount(0);
  await forYou.screenshot({ path: test.info().outputPath("for-you-follows.png") });
  await replied.click();
  await expect(bob).toHaveURL(new RegExp(`\\?annotation=${id}$`));
  await expect(bob.locator(`#annotation-${id}`)).toBeVisible();

  // Bob stops following: Ann's next reply is not told to him.
  await bob.getByRole("button", { name: "Following", exact: true }).click();
  await expect(bob.getByRole("button", { name: "Follow", exact: true })).toBeVisible();
  await card.getByLabel("Reply").fill("One more thing.");
  await card.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("One more thing.");
  await bob.goto("/");
  await expect(forYou.getByRole("link", { name: /Ann replied/ })).toHaveCount(1);
  await expect(forYou).not.toContainText("One more thing.");
  await expect(unread).toHaveCount(0);
  await ann.context().close();
  await bob.context().close();
});

test("email preferences are off until ticked, saved, and the account page stays accessible", async ({
  page,
}) => {
  await signUp(page, "Cleo");
  await page.goto("/account");
  const mentioned = page.getByRole("checkbox", { name: "Email me when I'm mentioned" });
  const followed = page.getByRole("checkbox", { name: "Email me about what I follow" });
  await expect(mentioned).not.toBeChecked();
  await expect(followed).not.toBeChecked();
  await followed.check();
  await page.getByRole("button", { name: "Save email preferences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email preferences saved." })).toBeVisible();
  await expect(followed).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await page.reload();
  await expect(followed).toBeChecked();
  await expect(mentioned).not.toBeChecked();

  // A broken unsubscribe link says so, changes nothing, and offers no button.
  await page.goto("/unsubscribe?token=not.a-real.token");
  await expect(page.getByRole("heading", { name: "This unsubscribe link does not work" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/account");
  await expect(followed).toBeChecked();
});
