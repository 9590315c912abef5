import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signUp } from "./session";

const sample = "iij-20f-fy2008";
const container = `/api/v1/filings/${sample}/annotations`;
const quote = "we have ten consolidated subsidiaries and four equity method investees";

function annotation(note: string) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    body: [{ type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" }],
    target: { source: `/filings/${sample}`, selector: { type: "TextQuoteSelector", exact: quote } },
  };
}

test("a token made on the account page calls the API until it is revoked", async ({ page, playwright }) => {
  await signUp(page, "Token Maker");
  await page.getByTestId("signed-in-as").click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
  await page.getByLabel("Name").fill("Notebook");
  await page.getByLabel("Read and write").check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New token").inputValue();
  expect(token).toMatch(/^mrg_/);

  const api = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const auth = { authorization: `Bearer ${token}` };
  const created = await api.post(container, {
    headers: { ...auth, "content-type": "application/ld+json" },
    data: JSON.stringify(annotation("from a script")),
  });
  expect(created.status()).toBe(201);
  expect((await api.get(container, { headers: auth })).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("api-token")).toContainText("last used");
  await page.getByRole("button", { name: "Revoke Notebook" }).click();
  await expect(page.getByTestId("api-token")).toContainText("Revoked");
  const refused = await api.get(container, { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  await api.dispose();
});

test("the session cookie writes through the API from our origin only", async ({ page }) => {
  await signUp(page, "Cookie Holder");
  const origin = new URL(page.url()).origin;
  const body = JSON.stringify(annotation("via the cookie"));
  const forged = await page.request.post(container, {
    headers: { origin: "https://evil.example", "content-type": "application/ld+json" },
    data: body,
  });
  expect(forged.status()).toBe(403);
  const same = await page.request.post(container, {
    headers: { origin, "content-type": "application/ld+json" },
    data: body,
  });
  expect(same.status()).toBe(201);
});

test("notes export from the reader and import back, and a bad file is refused", async ({ page }) => {
  await signUp(page, "Exporter");
  const origin = new URL(page.url()).origin;
  const note = `Exported note ${Date.now()}`;
  const created = await page.request.post(container, {
    headers: { origin, "content-type": "application/ld+json" },
    data: JSON.stringify(annotation(note)),
  });
  expect(created.status()).toBe(201);

  await page.goto(`/filings/${sample}`);
  await page.getByText("Export or import notes").click();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const csv = await readFile((await (await csvDownload).path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(note);

  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "W3C JSON-LD" }).click();
  const file = await (await jsonDownload).path();
  await page.getByLabel("Import a W3C Web Annotation file").setInputFiles({
    name: "notes.jsonld",
    mimeType: "application/ld+json",
    buffer: await readFile(file!),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Imported 1 annotation and 0 replies.")).toBeVisible();
  await expect(page.locator("li[id^='annotation-']", { hasText: quote })).toHaveCount(2);

  await page.getByLabel("Import a W3C Web Annotation file").setInputFiles({
    name: "bad.jsonld",
    mimeType: "application/ld+json",
    buffer: Buffer.from(JSON.stringify({ type: "AnnotationPage", items: [{ type: "Annotation" }] })),
  });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported" })).toBeVisible();
  await expect(page.locator("li[id^='annotation-']", { hasText: quote })).toHaveCount(2);
});
