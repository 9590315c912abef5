import { expect, type Page } from "@playwright/test";

/** The demo account every fresh test database has. */
export const demoAccount = {
  email: "demo@marginalia.local",
  password: "marginalia-demo",
  name: "Demo Analyst",
};

/** Signs a page in through the real sign-in form. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; name: string } = demoAccount,
) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
}

/** Creates a fresh account through the sign-up form (signed in afterwards). */
export async function signUp(page: Page, name: string) {
  const account = {
    name,
    email: `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`,
    password: `${name} has a long password`,
  };
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel(/Password/).fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
  return account;
}
