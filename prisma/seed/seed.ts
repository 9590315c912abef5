/**
 * Loads the sample filing the app ships with, once: a database that already holds it is
 * left alone (restarting never duplicates it), except that an analysis made by an older
 * analyzer is refreshed in place, as for every filing that kept its source.
 */
import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { hashPassword } from "better-auth/crypto";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
import { disablePasswordLogin } from "@/server/data/disable-password-login";
import { ensurePasswordUser } from "@/server/data/ensure-password-user";
import { getFiling } from "@/server/data/get-filing";

export const sampleFiling = {
  slug: "iij-20f-fy2008",
  company: "Internet Initiative Japan Inc.",
  form: "20-F",
  fiscalYear: 2008,
  sourceFileName: "iij-20f-fy2008-item3.txt",
};

/** @returns true when the sample was loaded now, false when it was there already */
export async function seedSampleFiling(): Promise<boolean> {
  if (await getFiling({ slug: sampleFiling.slug })) return false;
  const file = fileURLToPath(new URL(`./filings/${sampleFiling.sourceFileName}`, import.meta.url));
  const content = await fs.readFile(file, "utf8");
  const analysis = analyzeFiling({ content, fileName: sampleFiling.sourceFileName });
  try {
    await createFiling({ ...sampleFiling, sourceContent: content, analysis });
  } catch (error) {
    // Another process seeded it between our check and our write: that is the same outcome.
    if (await getFiling({ slug: sampleFiling.slug })) return false;
    throw error;
  }
  return true;
}

/**
 * The demo account, so a newcomer can annotate at once; when disabled (MARGINALIA_DEMO_ACCOUNT
 * =off) its password login is removed, keeping whatever it wrote. @returns true when created now
 */
export async function seedDemoAccount(options: { enabled: boolean }): Promise<boolean> {
  if (!options.enabled) {
    await disablePasswordLogin({ email: DEMO_ACCOUNT.email });
    return false;
  }
  return ensurePasswordUser({
    name: DEMO_ACCOUNT.name,
    email: DEMO_ACCOUNT.email,
    passwordHash: await hashPassword(DEMO_ACCOUNT.password),
  });
}
