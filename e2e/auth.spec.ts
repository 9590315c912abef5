import { expect, test } from "@playwright/test";
import { signIn, signUp } from "./session";

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;

test("sign up, sign out, sign in again", async ({ page }) => {
  const email = `ann-${unique()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Ann Analyst");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/Password/).fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Ann Analyst");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password!!");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password do not match an account.",
  );
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText("Ann Analyst");
});

test("sign-up errors are shown beside their fields", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("<script>alert(1)</script>");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel(/Password/).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toContainText("Enter an email address");
  await expect(page.locator("#password-error")).toContainText("at least 10 characters");
});

test("the demo account signs in from the filled-in form and returns to the page asked for", async ({
  page,
}) => {
  await page.goto("/sign-in?next=%2Ffilings%2Fiij-20f-fy2008");
  await expect(page.getByLabel("Email")).toHaveValue("demo@marginalia.local");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/filings\/iij-20f-fy2008$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Demo Analyst");
});

test("repeated wrong passwords make the next attempt wait, never lock the right password out; cookies are httpOnly and SameSite", async ({
  request,
  baseURL,
}) => {
  const email = `bob-${unique()}@example.com`;
  const password = "a good long password";
  const origin = { origin: baseURL! };
  const signUp = await request.post("/api/auth/sign-up/email", {
    data: { name: "Bob", email, password },
    headers: origin,
  });
  expect(signUp.status()).toBe(200);
  const cookie = signUp.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);

  const statuses: number[] = [];
  for (let attempt = 0; attempt < 6; attempt++) {
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email, password: "wrong password!" },
      headers: origin,
    });
    statuses.push(response.status());
    if (response.status() === 429) expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  }
  // Three free tries, then each attempt must wait (a second, doubling): no lockout.
  expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  // The right password works as soon as the wait is over (attempts while waiting do not count).
  await expect
    .poll(
      async () =>
        (
          await request.post("/api/auth/sign-in/email", { data: { email, password }, headers: origin })
        ).status(),
      { intervals: [500], timeout: 10_000 },
    )
    .toBe(200);

  const crossSite = await request.post("/api/auth/sign-in/email", {
    data: { email, password },
    headers: { origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
});

test("a user changes their password: a wrong current one is refused, then only the new one signs in", async ({
  page,
  browser,
}) => {
  const account = await signUp(page, "Pat");
  // A second session of the same user, signed out by the change.
  const other = await browser.newPage();
  await signIn(other, account);

  await page.goto("/account");
  const form = page.locator("form", { has: page.getByLabel("Current password") });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel(/^New password \(/).fill("a brand new passphrase");
  await form.getByLabel("New password again").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(account.password);
  await form.getByLabel(/^New password \(/).fill("a brand new passphrase");
  await form.getByLabel("New password again").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions were signed out.")).toBeVisible();

  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await signIn(page, { ...account, password: "a brand new passphrase" });
});
