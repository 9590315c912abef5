import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { selectPhrase } from "./selection";
import { importSampleNotes } from "./notes";
import { signIn, signUp } from "./session";
import { openPasteText } from "./import-form";

const sample = "/filings/iij-20f-fy2008";

test("select a passage, annotate it with a label and a note, reply; it survives a reload", async ({
  page,
}) => {
  await signIn(page);
  await page.goto(sample);
  const phrase = "None of our employees are bound by any employment or noncompetition agreement";
  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await expect(popover).toBeVisible();
  await popover.getByText("Risk", { exact: true }).click();
  const marker = `key-person ${Date.now()}`;
  await popover
    .getByLabel("Note (Markdown, optional)")
    .fill(`**No non-competes**: ${marker} <script>window.pwned = 1</script>`);
  await popover.getByLabel(/Tags/).fill("talent, retention");
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(popover).toBeHidden();

  const card = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Risk");
  await expect(card.locator("strong", { hasText: "No non-competes" })).toBeVisible();
  await expect(card).toContainText("<script>window.pwned = 1</script>");
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  const painted = await page.evaluate(() => CSS.highlights.get("annotation-risk")?.size ?? 0);
  expect(painted).toBeGreaterThan(0);

  // The open card copies its quote, ready to paste into a memo.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  // Copying is idempotent: clicked again if its confirmation is not shown (CI runs at 99ea2f7
  // and d564bbd delivered the click, per the trace, yet showed no confirmation; cause not found).
  await expect(async () => {
    await card.getByRole("button", { name: "Copy quote" }).click();
    await expect(card.getByText("Quote copied")).toBeVisible({ timeout: 2_000 });
  }).toPass();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`“${phrase}”`);

  await card.getByLabel("Reply").fill("Agreed — ask IR about retention.");
  await card.getByRole("button", { name: "Reply" }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("ask IR about retention");
  // One's own reply can be edited (marked as such) and deleted.
  await card.getByRole("button", { name: "Edit reply" }).click();
  await card.getByLabel("Edit reply").fill("Agreed — ask IR about retention and pay.");
  await card.getByRole("button", { name: "Save reply" }).click();
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("retention and pay.");
  await expect(card.getByRole("list", { name: "Replies" })).toContainText("(edited)");
  await card.getByLabel("Reply").fill("A second reply, to delete.");
  // The card beside the text may move as the notes around it settle: a click that landed
  // beside the button (the CI run at 6d49a4f sent nothing) is made again while the reply is
  // still unsent (a sent one empties the box, so it is never sent twice).
  await expect(async () => {
    if ((await card.getByLabel("Reply").inputValue()) !== "")
      await card.getByRole("button", { name: "Reply", exact: true }).click({ timeout: 1_000 });
    await expect(card.getByRole("list", { name: "Replies" })).toContainText("A second reply, to delete.", {
      timeout: 2_000,
    });
  }).toPass();
  page.once("dialog", (dialog) => dialog.accept());
  await card
    .getByRole("listitem")
    .filter({ hasText: "A second reply, to delete." })
    .getByRole("button", { name: "Delete reply" })
    .click();
  await expect(card.getByRole("list", { name: "Replies" })).not.toContainText("A second reply, to delete.");

  await page.reload();
  // The outline counts the note under its risk factor ("If we fail to attract and retain…").
  const outlineEntry = page
    .getByRole("navigation", { name: "Outline" })
    .first()
    .getByRole("link", { name: /If we fail to attract and retain/ });
  await expect(outlineEntry).toContainText(/\d+ notes?$/);
  const again = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(again).toContainText("1 reply");
  await expect(again).toContainText("Private");
});

test("a private note is not shown to another user", async ({ page, browser }) => {
  await signIn(page);
  await page.goto(sample);
  const phrase = "Price competition for Internet connectivity services is still severe";
  await selectPhrase(page, phrase);
  await page
    .getByRole("dialog", { name: "Annotate the selection" })
    .getByRole("button", { name: "Save note" })
    .click();
  await expect(page.locator("li[id^='annotation-']", { hasText: phrase }).first()).toBeVisible();

  const other = await browser.newPage();
  const email = `carol-${Date.now()}@example.com`;
  await other.goto("/sign-up");
  await other.getByLabel("Name").fill("Carol");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel(/Password/).fill("another long password");
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other.getByTestId("signed-in-as")).toHaveText("Carol");
  await other.goto(sample);
  await expect(other.getByRole("heading", { name: /Notes/ })).toContainText("(0)");
  await expect(other.locator("li[id^='annotation-']", { hasText: phrase })).toHaveCount(0);
  await other.close();
});

test("signed out, the reader invites signing in to annotate", async ({ page }) => {
  await page.goto(sample);
  await expect(page.getByText("to annotate passages and see your team's notes")).toBeVisible();
});

test("a stale edit from a second tab gets a conflict showing the newer note; resolve and delete work", async ({
  page,
  context,
}) => {
  await signIn(page);
  await page.goto(sample);
  const phrase = "The major competitors of our systems integration business are systems integrators";
  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Note (Markdown, optional)").fill("First version");
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = page.locator("li[id^='annotation-']", { hasText: phrase });
  await expect(card).toContainText("First version");

  const second = await context.newPage();
  await second.goto(sample);
  const secondCard = second.locator("li[id^='annotation-']", { hasText: phrase });
  await secondCard.getByRole("button", { expanded: false }).click();
  await secondCard.getByRole("button", { name: "Edit" }).click();

  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Edit note").fill("Edited in tab one");
  await card.getByRole("button", { name: "Save changes" }).click();
  await expect(card).toContainText("Edited in tab one");

  await secondCard.getByLabel("Edit note").fill("Edited in tab two, from the old version");
  await secondCard.getByRole("button", { name: "Save changes" }).click();
  await expect(secondCard).toContainText("was changed since you opened it");
  await expect(secondCard.locator("blockquote")).toHaveText("Edited in tab one");
  await second.close();

  await page.reload();
  const fresh = page.locator("li[id^='annotation-']", { hasText: phrase });
  await fresh.getByRole("button", { expanded: false }).click();
  await expect(fresh).toContainText("Edited in tab one");
  await fresh.getByRole("button", { name: "Resolve" }).click();
  await expect(fresh).toContainText("Resolved");
  await fresh.getByRole("button", { name: "Reopen" }).click();
  await expect(fresh.getByRole("button", { name: "Resolve" })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await fresh.getByRole("button", { name: "Delete" }).click();
  await expect(page.locator("li[id^='annotation-']", { hasText: phrase })).toHaveCount(0);
});

test("annotate a whole risk factor title from its control, and a figure from the keyboard", async ({
  page,
}) => {
  await signIn(page);
  await page.goto(sample);
  const title = page.locator(".risk-title").nth(4);
  // textContent, not innerText: the title may sit in a chunk not laid out yet (content-visibility).
  const titleText = ((await title.locator(".block-text").textContent()) ?? "").trim();
  expect(titleText.length).toBeGreaterThan(20);
  await expect(async () => {
    await title.hover();
    await title.getByRole("button", { name: "Annotate this risk factor" }).click();
    await expect(page.getByRole("dialog", { name: "Annotate the selection" })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page
    .getByRole("dialog", { name: "Annotate the selection" })
    .getByRole("button", { name: "Save note" })
    .click();
  await expect(page.locator("li[id^='annotation-']", { hasText: titleText.slice(0, 60) })).toBeVisible();

  const figure = page.locator(".figure", { hasText: "¥15.6 billion" });
  await figure.focus();
  await page.keyboard.press("n");
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await expect(popover).toBeVisible();
  await popover.getByText("Figure", { exact: true }).click();
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator("li[id^='annotation-']", { hasText: "“¥15.6 billion”" })).toContainText("Figure");
});

test("after its importer replaces the filing's text, a note is found again or listed as orphaned", async ({
  page,
  browser,
}) => {
  await signUp(page, "Importer");
  const company = `Orphan Test ${Date.now()}`;
  const kept = "reduce the value of our overseas sales";
  const dropped = "three largest customers, which together account for";
  const riskOne =
    "The loss of any one of our three largest customers, which together account for 41% of revenue, could reduce our revenue materially.";
  const riskTwo =
    "A stronger yen would reduce the value of our overseas sales of ¥5,025 million when reported in yen.";
  await openPasteText(page);
  await page
    .getByLabel("Filing text or HTML")
    .fill(
      `Item 3. Key Information\n\nD. Risk Factors\n\nOur revenue depends on a few large customers.\n\n${riskOne}\n\n` +
        `Currency movements may hurt our results.\n\n${riskTwo}\n`,
    );
  await page.getByRole("button", { name: "Analyse" }).click();
  await expect(page.getByText(/Found/)).toBeVisible();
  await page.getByRole("textbox", { name: "Company", exact: true }).fill(company);
  await page.getByRole("textbox", { name: "Form", exact: true }).fill("20-F");
  await page.getByRole("button", { name: "Import filing" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(company, { timeout: 20_000 });
  const reader = page.url();

  for (const phrase of [dropped, kept]) {
    await selectPhrase(page, phrase);
    const popover = page.getByRole("dialog", { name: "Annotate the selection" });
    await popover.getByLabel("Note (Markdown, optional)").fill(`About: ${phrase}`);
    await popover.getByRole("button", { name: "Save note" }).click();
    await expect(popover).toBeHidden();
    await expect(page.locator("li[id^='annotation-']", { hasText: phrase })).toBeVisible();
  }

  // Someone else reads the filing but may not replace it.
  const other = await browser.newPage();
  await signIn(other);
  await other.goto(reader);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(company);
  await expect(other.locator("summary", { hasText: "Replace text" })).toHaveCount(0);
  await other.close();

  // The corrected version: the customers risk is gone, a new paragraph comes before the yen one.
  const corrected =
    `Item 3. Key Information\n\nD. Risk Factors\n\nCurrency movements may hurt our results.\n\n` +
    `Most of our costs are in yen.\n\n${riskTwo.replace("sales of", "sales  of")}\n`;
  await page.locator("summary", { hasText: "Replace text" }).click();
  await page.getByLabel("Corrected filing (.txt, .htm, .html)").setInputFiles({
    name: "corrected.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(corrected),
  });
  await page.getByRole("button", { name: "Replace text" }).click();
  await expect(page.getByText("Most of our costs are in yen.")).toBeVisible({ timeout: 20_000 });

  // Beside the text a line counts the orphaned notes; the list shows them.
  await expect(page.getByText("1 orphaned note")).toBeVisible();
  await page.getByRole("button", { name: "see the list" }).click();
  const orphaned = page.getByRole("heading", { name: "Orphaned (1)" });
  await expect(orphaned).toBeVisible();
  const orphan = page.getByRole("list", { name: "Orphaned notes" }).getByRole("listitem").first();
  await expect(orphan).toContainText(dropped);
  // Its note and thread are kept: open it.
  await orphan.getByRole("button", { expanded: false }).first().click();
  await expect(orphan).toContainText(`About: ${dropped}`);
  await expect(page.locator("li[id^='annotation-']", { hasText: kept })).toBeVisible();
  // Only the kept note is painted, on its passage in the new text.
  const painted = await page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith("annotation-"))
      .flatMap(([, highlight]) => [...highlight].map((range) => (range as Range).toString())),
  );
  expect(painted).toEqual([kept]);
  await page.screenshot({ path: test.info().outputPath("orphaned-after-replace.png"), fullPage: true });
});

test("a filing with many notes lists them 50 at a time and still paints every highlight", async ({
  page,
}) => {
  await signUp(page, "Prolific");
  // 60 distinct six-word passages of the sample, imported as one page of annotations.
  await importSampleNotes(page, { count: 60, prefix: "Bulk note" });

  await page.goto(sample);
  await expect(page.getByRole("heading", { name: /Notes/ })).toContainText("60");
  // The list view (in the margin only the cards near the screen are rendered).
  await page.getByRole("tab", { name: "List" }).click();
  const cards = page.locator("li[id^='annotation-']");
  await expect(cards).toHaveCount(50);
  const painted = () =>
    page.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith("annotation-") && name !== "annotation-active")
        .reduce((sum, [, highlight]) => sum + highlight.size, 0),
    );
  expect(await painted()).toBeGreaterThanOrEqual(60);
  await page.getByRole("button", { name: "Show more notes (10 more)" }).click();
  await expect(cards).toHaveCount(60);
});

test("on a phone, a selection made with handles (no mouse or touch end) is offered for a note", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await context.newPage();
  await signIn(phone);
  await phone.goto(sample);
  const phrase = "The major competitors of our connectivity and value-added services";
  // Only the selection changes, as when a phone's selection handles are dragged: no pointer events.
  await expect(async () => {
    await phone.evaluate((needle) => {
      const span = [...document.querySelectorAll(".block-text")].find((s) => s.textContent?.includes(needle));
      const node = span && document.createTreeWalker(span, NodeFilter.SHOW_TEXT).nextNode();
      if (!node?.textContent?.includes(needle)) throw new Error("phrase not in one text node");
      const start = node.textContent.indexOf(needle);
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + needle.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, phrase);
    await expect(phone.getByRole("dialog", { name: "Annotate the selection" })).toBeVisible({
      timeout: 2_000,
    });
  }).toPass();
  const popover = phone.getByRole("dialog", { name: "Annotate the selection" });
  await expect(popover).toContainText("Annotate the selection");
  // Nothing is wider than the phone (a wider page would make the browser zoom out).
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const box = await popover.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  // The sheet does not cover the passage being annotated: it is lifted above it.
  await expect
    .poll(() =>
      phone.evaluate(() => {
        const highlight = CSS.highlights.get("annotation-draft");
        const range = highlight ? [...highlight][0] : undefined;
        const sheet = document.querySelector("[data-annotation-popover]")!.getBoundingClientRect();
        return range instanceof Range ? sheet.top - range.getBoundingClientRect().bottom : -1;
      }),
    )
    .toBeGreaterThanOrEqual(0);
  await popover.getByLabel("Note (Markdown, optional)").fill(`From a phone ${Date.now()}`);
  await phone.screenshot({ path: test.info().outputPath("phone-popover.png") });
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(popover).toBeHidden();
  await expect(phone.locator("li[id^='annotation-']", { hasText: phrase }).first()).toBeAttached();
  await context.close();
});

test("signed in, the popover shows the quote, keeps the passage highlighted while typing, and copies a link to it", async ({
  page,
}) => {
  await signIn(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(sample);
  const phrase = "We rely on telecommunications carriers such as NTT Communications";
  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await expect(popover).toBeVisible();
  await expect(popover.locator("[data-draft-quote]")).toHaveText(`“${phrase}”`);
  // Focus in the note field clears the browser's selection; the passage stays painted.
  await popover.getByLabel("Note (Markdown, optional)").fill("typing");
  expect(await page.evaluate(() => CSS.highlights.get("annotation-draft")?.size ?? 0)).toBeGreaterThan(0);

  await popover.getByRole("button", { name: "Copy link" }).click();
  await expect(popover).toContainText("Link copied");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("/filings/iij-20f-fy2008?");
  // The link opens the filing at the passage for anyone, signed out too.
  const reader = await page.context().browser()!.newPage();
  await reader.goto(link);
  await expect
    .poll(() => reader.evaluate(() => CSS.highlights.get("shared-selection")?.size ?? 0))
    .toBeGreaterThan(0);
  await reader.close();

  await popover.getByRole("button", { name: "Cancel" }).click();
  await expect(popover).toBeHidden();
  expect(await page.evaluate(() => CSS.highlights.has("annotation-draft"))).toBe(false);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no serious violations with a Question note open, its Markdown list bulleted (${theme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: theme });
    await signIn(page);
    await page.goto(sample);
    await selectPhrase(page, "We rely on telecommunications carriers such as NTT Communications");
    const popover = page.getByRole("dialog", { name: "Annotate the selection" });
    await popover.getByText("Question", { exact: true }).click();
    const marker = `contrast ${theme} ${Date.now()}`;
    await popover.getByLabel("Note (Markdown, optional)").fill(`${marker}\n\n- first point\n- second point`);
    await popover.getByRole("button", { name: "Save note" }).click();
    await expect(popover).toBeHidden();
    const card = page.locator("li[id^='annotation-']", { hasText: marker });
    await expect(card).toBeVisible();
    const item = card.locator(".prose-note li").first();
    await expect(item).toHaveText("first point");
    expect(await item.evaluate((li) => getComputedStyle(li.parentElement!).listStyleType)).toBe("disc");

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`))).toEqual([]);
    await card
      .getByRole("button", { name: "Delete" })
      .click()
      .catch(() => undefined);
  });
}

test("a save paints its passage before the server answers; a failed save takes it away and keeps the note typed", async ({
  page,
}) => {
  // A new reader: no notes of their own, so no Question highlight before this one.
  await signUp(page, "Optimist");
  await page.goto(sample);
  const phrase = "we may not be able to maintain our current level of revenues";
  const questions = () => page.evaluate(() => CSS.highlights.get("annotation-question")?.size ?? 0);
  const before = 0;
  await selectPhrase(page, phrase);
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByText("Question", { exact: true }).click();
  const marker = `optimistic ${Date.now()}`;
  await popover.getByLabel("Note (Markdown, optional)").fill(marker);

  // The save is held at the network until the test lets it fail.
  let fail = () => {};
  const failed = new Promise<void>((resolve) => (fail = resolve));
  await page.route(`**${sample}`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await failed;
    await route.abort("failed");
  });
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect.poll(questions).toBeGreaterThan(before);
  fail();
  await expect(popover).toContainText("The note could not be saved. Try again.");
  await expect.poll(questions).toBe(before);
  await expect(popover.getByLabel("Note (Markdown, optional)")).toHaveValue(marker);

  // Saved for real: the server's note takes the passage, and a reload still shows it.
  await page.unroute(`**${sample}`);
  await popover.getByRole("button", { name: "Save note" }).click();
  await expect(popover).toBeHidden();
  await expect(page.locator("li[id^='annotation-']", { hasText: marker })).toBeVisible();
  await expect.poll(questions).toBeGreaterThan(before);
  await page.reload();
  await expect.poll(questions).toBeGreaterThan(before);
});
