import { expect, test } from "@playwright/test";
import { selectPhrase } from "./selection";
import { signUp } from "./session";

const sample = "/filings/iij-20f-fy2008";

test("a note, a reply and resolving it paint without the page being rendered again, and survive a reload", async ({
  page,
  browser,
}) => {
  // An account of this test's own: the only notes on the page are the ones it makes.
  await signUp(page, "Saver");
  await page.goto(sample);
  const phrase = "None of our employees are bound by any employment or noncompetition agreement";
  const marker = `saved-${Date.now()}`;

  // From here on, any request that renders the reader again (a refresh, a reload) is recorded.
  const rerenders: string[] = [];
  /** Each save's answer: whether it carries the page rendered again (Next's revalidation mark). */
  const revalidated: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname === sample && request.method() === "GET") rerenders.push(request.url());
  });
  page.on("response", (response) => {
    if (response.request().method() === "POST" && response.request().headers()["next-action"])
      revalidated.push(response.headers()["x-action-revalidated"] ?? "0");
  });

  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Note (Markdown, optional)").fill(`**${marker}**`);
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(card.locator("strong", { hasText: marker })).toBeVisible();
  // The parts of the page around the notes follow: the outline's count for its risk factor.
  await expect(page.locator("[data-outline]").first().getByText("1 note")).toBeAttached();
  await expect(page.getByRole("heading", { name: "Notes (1)" })).toBeVisible();

  await card.getByLabel("Reply").fill("A reply, saved in place.");
  await card.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("A reply, saved in place.");
  await card.getByRole("button", { name: "Resolve" }).click();
  await expect(card.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(card).toContainText("Resolved");

  expect(rerenders).toEqual([]);
  // Each save's answer is the note, not the page rendered again (~250 KB for the sample).
  expect(revalidated).toEqual(["0", "0", "0"]);

  await page.reload();
  const reloaded = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(reloaded).toContainText("Resolved");
  await reloaded.getByRole("button", { expanded: false }).first().click();
  await expect(reloaded.locator("strong", { hasText: marker })).toBeVisible();
  await expect(reloaded.getByRole("list", { name: "Replies" })).toContainText("A reply, saved in place.");

  // The thread was read on opening (the page carries summaries): as the note's author only.
  const noteId = (await reloaded.getAttribute("id"))!.replace("annotation-", "");
  const thread = await page.request.get(`/api/filings/iij-20f-fy2008/notes/${noteId}`);
  expect(await thread.json()).toMatchObject({ id: noteId, full: true, resolved: true, replyCount: 1 });
  const stranger = await browser.newPage();
  expect((await stranger.request.get(`/api/filings/iij-20f-fy2008/notes/${noteId}`)).status()).toBe(401);
  await signUp(stranger, "Stranger");
  expect((await stranger.request.get(`/api/filings/iij-20f-fy2008/notes/${noteId}`)).status()).toBe(404);
  await stranger.close();
});

test("the page paints without the notes, then reads them; a failed read says so and can be tried again", async ({
  page,
}) => {
  await signUp(page, "Late reader");
  await page.goto(sample);
  const phrase = "we have ten consolidated subsidiaries";
  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(card).toBeVisible();
  const noteId = (await card.getAttribute("id"))!.replace("annotation-", "");

  // The page's HTML is the same for every reader: the note is not in it.
  const html = await (await page.request.get(sample)).text();
  expect(html).not.toContain(noteId);

  // The first read of the notes (with who reads: one request after the paint) fails: the
  // panel says so, and trying again brings them.
  let failures = 1;
  await page.route("**/api/filings/iij-20f-fy2008/reader", (route) =>
    failures-- > 0 ? route.fulfill({ status: 503, body: "unavailable" }) : route.continue(),
  );
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "The notes could not be loaded." })).toBeVisible();
  await expect(page.locator(`#annotation-${noteId}`)).toHaveCount(0);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(`#annotation-${noteId}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notes (1)" })).toBeVisible();
  // The outline's count follows the list read after the paint.
  await expect(page.locator("[data-outline]").first().getByText("1 note")).toBeAttached();
});
