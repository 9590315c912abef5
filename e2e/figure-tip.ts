import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Hovers `figure` and checks its tip is shown whole: inside the window and cut off by nothing
 * (each corner of the tip is the tip when hit-tested).
 */
export async function expectFigureTipWhole(page: Page, figure: Locator) {
  await figure.scrollIntoViewIfNeeded();
  await page.mouse.move(0, 0);
  await figure.hover();
  const tip = page.locator("[data-figure-tip]");
  await expect(tip).toBeVisible();
  const viewport = page.viewportSize()!;
  const box = (await tip.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const corners = await tip.evaluate((element, { x, y, width, height }) => {
    // Hit-testable for the check only (the tip never takes the pointer).
    (element as HTMLElement).style.pointerEvents = "auto";
    return [
      [x + 2, y + 2],
      [x + width - 2, y + 2],
      [x + 2, y + height - 2],
      [x + width - 2, y + height - 2],
    ].map(([cx, cy]) => document.elementFromPoint(cx!, cy!)?.closest("[data-figure-tip]") === element);
  }, box);
  expect(corners).toEqual([true, true, true, true]);
}
