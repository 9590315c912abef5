import { expect, type Page } from "@playwright/test";

/**
 * Selects `phrase` in the filing text as a user would (it may cross figure marks) and waits
 * for the annotate popover, retrying while the page's scripts are still starting.
 */
export async function selectPhrase(page: Page, phrase: string) {
  await expect(async () => {
    await page.evaluate((needle) => {
      for (const span of document.querySelectorAll<HTMLElement>(".block-text")) {
        const text = span.textContent ?? "";
        const start = text.indexOf(needle);
        if (start < 0) continue;
        const range = document.createRange();
        let position = 0;
        const walker = document.createTreeWalker(span, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (position <= start && start < position + length) range.setStart(node, start - position);
          if (position < start + needle.length && start + needle.length <= position + length)
            range.setEnd(node, start + needle.length - position);
          position += length;
        }
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        span.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
      throw new Error(`phrase not found: ${needle}`);
    }, phrase);
    await expect(page.getByRole("dialog", { name: "Annotate the selection" })).toBeVisible({ timeout: 1000 });
  }).toPass();
}
