/**
 * Data that integration tests create for themselves: unique per call, so tests never see
 * each other's rows and run in any order.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createFiling } from "../data/create-filing";
import { ensurePasswordUser } from "../data/ensure-password-user";
import { db } from "../db";

const sampleText = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

/** A new filing with the sample's text (real prose, 18 risk factors) and its analysis. */
export async function createSampleFiling() {
  const analysis = analyzeFiling({ content: sampleText, fileName: "iij.txt" });
  const filing = await createFiling({
    slug: `test-${randomUUID()}`,
    company: "IIJ",
    form: "20-F",
    fiscalYear: 2008,
    sourceFileName: "iij.txt",
    sourceContent: sampleText,
    analysis,
  });
  return { filing, analysis };
}

/** A new user (no usable password); returns its id. */
export async function createTestUser(name: string): Promise<string> {
  const email = `${name}-${randomUUID()}@example.com`;
  await ensurePasswordUser({ name, email, passwordHash: "not-used" });
  return (await db().user.findUniqueOrThrow({ where: { email } })).id;
}
