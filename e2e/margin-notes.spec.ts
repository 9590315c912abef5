import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { importSampleNotes } from "./notes";
import { signUp } from "./session";

const sample = "/filings/iij-20f-fy2008";

interface CardGeometry {
  id: string;
  cardTop: number;
  cardBottom: number;
  passageTop: number;
}

/**
 * Each margin card on screen with the top of its passage: the passage found from the note's
 * start offset (read from the notes API) in the filing's text runs, as the reader maps them.
 */
async function marginGeometry(page: Page): Promise<CardGeometry[]> {
  const notes = (await (await page.request.get(`/api/filings/iij-20f-fy2008/notes`)).json()) as {
    notes: Array<{ id: string; anchor: { status: string; start?: number } }>;
  };
  const starts = Object.fromEntries(notes.notes.map((note) => [note.id, note.anchor.start ?? -1]));
  return page.evaluate((startsById) => {
    const runs = [...document.querySelectorAll<HTMLElement>(".block-text")];
    const passageTop = (offset: number) => {
      const run = runs.filter((element) => Number(element.dataset.start) <= offset).at(-1)!;
      const walker = document.createTreeWalker(run, NodeFilter.SHOW_TEXT);
      let position = Number(run.dataset.start);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset < position + length) {
          const range = document.createRange();
          range.setStart(node, offset - position);
          range.setEnd(node, offset - position + 1);
          return range.getClientRects()[0]!.top;
        }
        position += length;
      }
      throw new Error(`offset ${offset} not found`);
    };
    return [...document.querySelectorAll<HTMLElement>("[data-margin-notes] > li[data-note-id]")]
      .map((card) => {
        const box = card.getBoundingClientRect();
        const id = card.dataset.noteId!;
        return { id, cardTop: box.top, cardBottom: box.bottom, passageTop: passageTop(startsById[id]!) };
      })
      .sort((a, b) => a.cardTop - b.cardTop);
  }, starts);
}

/**
 * The margin once it has settled (cards are measured as they render, then placed again): its
 * cards, laid out as expectLaidOut requires.
 */
async function settledLayout(page: Page, options: { partial?: boolean } = {}): Promise<CardGeometry[]> {
  let cards: CardGeometry[] = [];
  await expect(async () => {
    cards = await marginGeometry(page);
    expectLaidOut(cards, options);
  }).toPass();
  return cards;
}

/**
 * No two cards overlap; each is level with its passage (24 px) unless the card above pushed it
 * down, or (making room for an open card) the card below pushed it up.
 */
function expectLaidOut(cards: CardGeometry[], options: { partial?: boolean } = {}) {
  cards.forEach((card, index) => {
    // Of a run of the cards (only those near the screen rendered), the first may have been
    // pushed by one not rendered.
    if (options.partial && index === 0) return;
    const above = cards[index - 1];
    const below = cards[index + 1];
    if (above)
      expect(card.cardTop, `${card.id} overlaps the card above`).toBeGreaterThanOrEqual(above.cardBottom);
    const level = Math.abs(card.cardTop - card.passageTop) <= 24;
    const pushedDown =
      above !== undefined && card.cardTop > card.passageTop && card.cardTop - above.cardBottom <= 9;
    const pushedUp =
      below !== undefined && card.cardTop < card.passageTop && below.cardTop - card.cardBottom <= 9;
    expect(level || pushedDown || pushedUp, `${card.id} is neither level with its passage nor pushed`).toBe(
      true,
    );
  });
}

test("notes sit in the margin beside their passages, pushed apart, and stay aligned while scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUp(page, "Margin");
  await importSampleNotes(page, { count: 30, within: 3_000, prefix: "Margin note" });
  await page.goto(sample);
  await expect(page.getByRole("heading", { name: /Notes/ })).toContainText("30");
  await expect(page.getByRole("tab", { name: "Beside the text" })).toHaveAttribute("aria-selected", "true");
  const margin = page.locator("[data-margin-notes]");
  await expect(margin.locator("li[data-note-id]").first()).toBeVisible();

  // Scroll to the notes' passages: the 30 crowd one screen, so most cards are pushed down.
  await page.evaluate(() => {
    const tops = [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith("annotation-"))
      .flatMap(([, highlight]) =>
        [...highlight].map((range) => (range as Range).getBoundingClientRect().top),
      );
    window.scrollBy({ top: Math.min(...tops) - 120, behavior: "instant" });
  });
  await expect.poll(async () => (await marginGeometry(page)).length).toBeGreaterThanOrEqual(10);
  let cards = await settledLayout(page);
  expect(cards.filter((card) => Math.abs(card.cardTop - card.passageTop) <= 24).length).toBeGreaterThan(0);

  // Opening a note brings its card level with its passage (the cards above make room), its
  // thread shown and its passage outlined.
  const pushed = cards.find((card) => card.cardTop - card.passageTop > 24)!;
  expect(pushed, "some card was pushed away from its passage").toBeDefined();
  await margin.locator(`li[data-note-id="${pushed.id}"] > button`).click();
  await expect(margin.locator(`li[data-note-id="${pushed.id}"] > button`)).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect
    .poll(async () => {
      const open = (await marginGeometry(page)).find((card) => card.id === pushed.id)!;
      return Math.abs(open.cardTop - open.passageTop);
    })
    .toBeLessThanOrEqual(2);
  await settledLayout(page);
  expect(await page.evaluate(() => CSS.highlights.get("annotation-active")?.size ?? 0)).toBeGreaterThan(0);
  // A dot marks the passage of a card pushed away from it.
  await expect(margin.locator("[data-margin-dot]").first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath("margin-notes-desktop.png") });
  const axe = await new AxeBuilder({ page }).include("#notes").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await margin.locator(`li[data-note-id="${pushed.id}"] > button`).click();
  await expect(margin.locator(`li[data-note-id="${pushed.id}"] > button`)).toHaveAttribute(
    "aria-expanded",
    "false",
  );

  // Scrolling moves cards and passages together.
  await page.mouse.wheel(0, 400);
  await expect
    .poll(async () => (await marginGeometry(page))[0]?.passageTop)
    .toBeLessThan(cards[0]!.passageTop);
  cards = await settledLayout(page);
  // The bar counts the notes whose passages are above the screen and goes to the nearest.
  const above = page.getByRole("button", { name: /notes? above/ });
  const countAbove = async () => Number((await above.textContent())?.match(/\d+/)?.[0] ?? 0);
  await expect(above).toBeVisible();
  const before = await countAbove();
  expect(before).toBeGreaterThan(0);
  await above.click();
  await expect.poll(async () => ((await above.isVisible()) ? countAbove() : 0)).toBeLessThan(before);
  cards = await settledLayout(page);

  // The list stays a tab away, with its filters; the choice is kept for the next page.
  await page.getByRole("tab", { name: "List" }).click();
  await expect(page.locator("[data-margin-notes]")).toHaveCount(0);
  await expect(page.locator("li[id^='annotation-']")).toHaveCount(30);
  await page.getByLabel("Show").selectOption("resolved");
  await expect(page.locator("li[id^='annotation-']")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("tab", { name: "List" })).toHaveAttribute("aria-selected", "true");
});

test("on a phone, a marker beside the text opens its note as a sheet above which the passage stays", async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const phone = await context.newPage();
  await signUp(phone, "Pocket");
  await importSampleNotes(phone, { count: 3, within: 3_000, prefix: "Margin note" });
  await phone.goto(sample);
  await expect(phone.getByRole("heading", { name: /Notes/ })).toContainText("3");
  const marker = phone.locator("[data-note-marker]").first();
  await marker.scrollIntoViewIfNeeded();
  await marker.tap();
  const sheet = phone.getByRole("dialog", { name: "Note" });
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(/Margin note \d/);
  await expect(sheet.getByRole("button", { name: "Copy link" })).toBeVisible();
  // The passage is above the sheet, not under it.
  const noteId = (await marker.getAttribute("data-note-marker"))!.split(" ")[0]!;
  await expect
    .poll(async () => {
      const passage = await phone.evaluate(() => {
        const range = [...(CSS.highlights.get("annotation-active") ?? [])][0] as Range | undefined;
        return range?.getBoundingClientRect().bottom ?? null;
      });
      const box = await sheet.boundingBox();
      return passage !== null && box !== null && passage <= box.y && passage > 0;
    })
    .toBe(true);
  expect(noteId).toBeTruthy();
  // Nothing is wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.screenshot({ path: test.info().outputPath("margin-notes-phone.png") });
  const axe = await new AxeBuilder({ page: phone }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await phone.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await context.close();
});

test("past 200 notes the margin renders only the cards near the screen, and they follow the scroll", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signUp(page, "Crowded");
  await importSampleNotes(page, { count: 240, within: 200_000, prefix: "Margin note" });
  await page.goto(sample);
  await expect(page.getByRole("heading", { name: /Notes/ })).toContainText("240");
  const rendered = page.locator("[data-margin-notes] > li[data-note-id]");
  await expect(rendered.first()).toBeAttached();
  const atTop = await rendered.evaluateAll((cards) =>
    cards.map((card) => (card as HTMLElement).dataset.noteId),
  );
  expect(atTop.length).toBeLessThan(240);
  // At the end of the filing: other cards, beside the passages there.
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
  await expect
    .poll(async () => {
      const ids = await rendered.evaluateAll((cards) =>
        cards.map((card) => (card as HTMLElement).dataset.noteId),
      );
      return ids.length > 0 && ids.every((id) => !atTop.includes(id));
    })
    .toBe(true);
  await settledLayout(page, { partial: true });
  await expect(page.getByRole("button", { name: /notes above/ })).toBeVisible();
});
