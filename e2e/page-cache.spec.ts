import { expect, test } from "@playwright/test";
import { selectPhrase } from "./selection";
import { demoAccount, signIn } from "./session";

const sample = "/filings/iij-20f-fy2008";

// Filing pages come from a cache in front of Next (scripts/page-cache.mjs): one page for every
// reader, the reader's own part read after it paints.
test("every reader gets the same cached page; a visitor never sees what a signed-in reader saw", async ({
  page,
  browser,
}) => {
  // A signed-in reader's page, with a private note of their own on it.
  await signIn(page);
  await page.goto(sample);
  const marker = `cache-private-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await selectPhrase(page, "we have ten consolidated subsidiaries");
  const popover = page.getByRole("dialog", { name: "Annotate the selection" });
  await popover.getByLabel("Note (Markdown, optional)").fill(marker);
  await popover.getByRole("button", { name: "Save note" }).click();
  const card = page.locator("li[id^='annotation-']", { hasText: marker });
  await expect(card).toBeVisible();
  // The page carries nothing of the reader's (it is the shared, cached one); who reads it and
  // their notes are read after it paints, for this reader.
  const noteId = (await card.getAttribute("id"))!.replace("annotation-", "");
  const signedIn = await page.request.get(sample);
  expect(signedIn.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
  expect(signedIn.headers()["etag"]).toMatch(/^W\//);
  const signedInHtml = await signedIn.text();
  for (const own of [demoAccount.name, demoAccount.email, marker, noteId])
    expect(signedInHtml).not.toContain(own);
  const session = await page.request.get(`/api/${sample.slice(1)}/reader`);
  expect(session.headers()["cache-control"]).toBe("private, no-store");
  expect(await session.json()).toMatchObject({ user: { name: demoAccount.name } });
  const notes = await page.request.get(`/api/${sample.slice(1)}/notes`, {
    headers: { "accept-encoding": "br" },
  });
  expect(notes.headers()["cache-control"]).toBe("private, no-store");
  // JSON is compressed like pages (a 2,000-note list is 700 KB raw).
  expect(notes.headers()["content-encoding"]).toBe("br");
  expect(await notes.text()).toContain(noteId);

  // Then a visitor: twice (the second from the cache), and with the ETag it was given.
  const visitor = await browser.newContext();
  const first = await visitor.request.get(sample);
  const second = await visitor.request.get(sample);
  for (const response of [first, second]) {
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
    const html = await response.text();
    expect(html).not.toContain(marker);
    expect(html).not.toContain(noteId);
    expect(html).not.toContain(demoAccount.name);
    expect(html).not.toContain(demoAccount.email);
    expect(html).toContain("Internet Initiative Japan");
  }
  expect((await visitor.request.get(`/api/${sample.slice(1)}/notes`)).status()).toBe(401);
  expect(await (await visitor.request.get(`/api/${sample.slice(1)}/reader`)).json()).toEqual({ user: null });
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^W\/"/);
  expect(second.headers()["etag"]).toBe(etag);
  const revalidated = await visitor.request.get(sample, { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
  // Compressed once, sent as the client asks.
  const brotli = await visitor.request.get(sample, { headers: { "accept-encoding": "br" } });
  expect(brotli.headers()["content-encoding"]).toBe("br");

  // The signed-in reader gets the same page, and it names them and shows their note once it
  // has painted.
  const signedInAgain = await page.request.get(sample);
  expect(signedInAgain.headers()["etag"]).toBe(etag);
  expect((await page.request.get(sample, { headers: { "if-none-match": etag } })).status()).toBe(304);
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toHaveText(demoAccount.name);
  await expect(page.locator(`#annotation-${noteId}`)).toBeVisible();
  await expect(page.locator("[data-reader-article]")).toHaveAttribute("data-signed-in", "");

  // And the visitor's page works in a browser under the cached page's policy (hashes, no nonce).
  const visitorPage = await visitor.newPage();
  const violations: string[] = [];
  visitorPage.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await visitorPage.goto(sample);
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
  expect(policy).not.toContain("nonce-");
  await expect(visitorPage.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(async () => {
    await visitorPage.locator("body").press("j");
    await expect(visitorPage).toHaveURL(/#risk-1-/, { timeout: 2_000 });
  }).toPass();
  expect(violations).toEqual([]);
  await visitor.close();
});

test("a filing's text goes out once in a page's HTML, and a client-side navigation shows it without a reload", async ({
  page,
  browser,
}) => {
  const phrase = "We are involved in normal claims and other legal proceedings";
  const times = (html: string) => html.split(phrase).length - 1;
  await signIn(page);
  // Before: the text was in the HTML and again, escaped, inside the page's React payload.
  expect(times(await (await page.request.get(sample)).text())).toBe(1);
  const visitor = await browser.newContext();
  expect(times(await (await visitor.request.get(sample)).text())).toBe(1);
  await visitor.close();

  // From search to the reader is a client-side navigation: its payload carries the text.
  await page.goto(`/search?filing=iij-20f-fy2008&q=${encodeURIComponent("impairment")}`);
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest()) documents.push(request.url());
  });
  await page.locator("li.search-hit a").first().click();
  await expect(page).toHaveURL(/\/filings\/iij-20f-fy2008#/);
  await expect(page.locator(".filing-text").getByText(phrase)).toBeAttached();
  await expect(page.locator(".filing-text .reader-block")).not.toHaveCount(0);
  expect(documents).toEqual([]);
});
