/**
 * Loads the sample filing the app ships with, once: a database that already holds it is
 * left alone, so restarting never duplicates it.
 */
import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "@/server/data/create-filing";
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
    await createFiling({ ...sampleFiling, analysis });
  } catch (error) {
    // Another process seeded it between our check and our write: that is the same outcome.
    if (await getFiling({ slug: sampleFiling.slug })) return false;
    throw error;
  }
  return true;
}
