import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the library lists the sample filing and opens it in the reader", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Library" })).toBeVisible();
  // Grouped by company: the company heads its filings.
  const company = page.getByRole("region", { name: /Internet Initiative Japan Inc\./ });
  const sample = company.getByRole("link", { name: /Form 20-F/ });
  await expect(sample).toContainText("FY 2008");
  await sample.click();
  await expect(page).toHaveURL(/\/filings\/iij-20f-fy2008$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Internet Initiative Japan Inc.");
  await expect(page.getByRole("heading", { name: "D. Risk Factors" })).toBeVisible();
  // Paragraphs of the filing are there as text.
  await expect(
    page.getByText("Our business is principally conducted in Japan", { exact: false }),
  ).toBeVisible();
});

test("an unknown filing gives a 404 page", async ({ page }) => {
  const response = await page.goto("/filings/no-such-filing-" + Date.now());
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the health route reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.kind).toBe("pglite");
});

for (const path of ["/", "/filings/iij-20f-fy2008/figures"]) {
  test(`axe finds no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(" ")}`))).toEqual([]);
  });
}

test("pages and API responses carry the security headers", async ({ request }) => {
  for (const path of ["/", "/filings/iij-20f-fy2008", "/api/health", "/sign-in"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    // A signed-out reader's filing page is served from the page cache, with script hashes.
    expect(csp, path).toMatch(
      path.startsWith("/filings/") ? /script-src 'self' 'sha256-[^']+'/ : /script-src 'self' 'nonce-[^']+'/,
    );
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp.match(/script-src[^;]*/)?.[0], path).not.toContain("unsafe-inline");
  }
});

test("no script is blocked by the Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  // The shortcut works once the page's scripts run (a key pressed earlier does nothing: retry).
  await expect(async () => {
    await page.goto("/filings/iij-20f-fy2008");
    await page.locator("body").press("j");
    await expect(page).toHaveURL(/#risk-1-/, { timeout: 2_000 });
  }).toPass();
  expect(violations).toEqual([]);
});
