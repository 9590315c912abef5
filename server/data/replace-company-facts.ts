import "server-only";
import type { PlacedFact } from "@/lib/xbrl/filing-facts";
import { db } from "../db";
import { factRows } from "./create-filing";

/**
 * Stores the facts EDGAR's companyfacts holds for a filing (source "companyfacts"), replacing
 * any stored before — unless the filing is gone or has inline XBRL facts of its own (its text
 * was replaced meanwhile): those win, and nothing is stored. In one transaction.
 * @returns whether they were stored
 */
export async function replaceCompanyFacts(options: {
  filingId: string;
  facts: readonly PlacedFact[];
}): Promise<boolean> {
  const { filingId } = options;
  return db().$transaction(async (tx) => {
    // The filing's row locked first, as a new analysis (updateFilingAnalysis) locks it by
    // updating it: one waits for the other, so inline facts stored meanwhile are seen here (and
    // these rows are seen, and deleted, there) — never two sets with the same ordinals.
    const locked = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "Filing" WHERE "id" = ${filingId}::uuid FOR UPDATE`;
    if (locked.length === 0) return false;
    const inline = await tx.filingFact.count({ where: { filingId, source: "inline" } });
    if (inline > 0) return false;
    await tx.filingFact.deleteMany({ where: { filingId, source: "companyfacts" } });
    await tx.filingFact.createMany({
      data: factRows(options.facts, "companyfacts").map((row) => ({ ...row, filingId })),
    });
    // A new version of the filing: what is kept or cached by its version (the reader's facts
    // and checks, its page in the page cache) is made again with these facts.
    await tx.filing.update({ where: { id: filingId }, data: { updatedAt: new Date() } });
    return true;
  });
}
