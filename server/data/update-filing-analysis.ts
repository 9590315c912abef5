import "server-only";
import { resolveAnchors } from "@/lib/annotations/resolve-anchors";
import type { FilingAnalysis } from "@/lib/filing/types";
import type { PlacedFact } from "@/lib/xbrl/filing-facts";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "../db";
import { factRows, passageRows, riskFactorRow, storedAnalysis } from "./create-filing";

/**
 * Anchors every note of a filing in its new text and stores where each landed: offsets and
 * hash of the new text (the quote stays as written), or the orphan mark. Exports, the CSV's
 * risk-factor column and search's deep links read these offsets, so they must not go stale.
 */
async function storeNewAnchors(
  tx: Prisma.TransactionClient,
  filingId: string,
  text: string,
  textHash: string,
): Promise<void> {
  const notes = await tx.annotation.findMany({
    where: { filingId },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, textHash: true },
  });
  // Never "the same text" for these rows: each is found again in the new text.
  const placed = resolveAnchors(text, `${textHash}:new`, notes);
  const orphans: string[] = [];
  const found = { ids: [] as string[], starts: [] as number[], ends: [] as number[] };
  for (const note of placed) {
    if (note.anchor.status === "orphan") orphans.push(note.id);
    else {
      found.ids.push(note.id);
      found.starts.push(note.anchor.start);
      found.ends.push(note.anchor.end);
    }
  }
  // One statement for every note found, however many moved (a preface added moves them all).
  if (found.ids.length > 0)
    await tx.$executeRaw`
      UPDATE "Annotation" AS a
      SET "start" = v."start", "end" = v."end", "textHash" = ${textHash}, "orphanedAt" = NULL,
          "updatedAt" = now()
      FROM unnest(${found.ids}::uuid[], ${found.starts}::int[], ${found.ends}::int[]) AS v("id", "start", "end")
      WHERE a."id" = v."id"`;
  if (orphans.length > 0)
    await tx.annotation.updateMany({
      where: { id: { in: orphans }, orphanedAt: null },
      data: { orphanedAt: new Date() },
    });
}

/**
 * Replaces a filing's analysis (a newer analyzer, or corrected source) in one transaction,
 * keeping the filing's id — and so everything attached to it — and each analyst category
 * override whose risk factor still exists (matched by its stable block id). When the text
 * changed, every note is anchored in the new text and its new place stored, in the same
 * transaction.
 */
export async function updateFilingAnalysis(options: {
  filingId: string;
  analysis: FilingAnalysis;
  /**
   * Its inline XBRL facts, placed in the new text, replacing those stored (none: not inline
   * XBRL, and facts from EDGAR's companyfacts are kept).
   */
  facts?: readonly PlacedFact[];
  sourceContent?: string;
  sourceFileName?: string;
}): Promise<void> {
  const { filingId, analysis } = options;
  const stored = storedAnalysis(analysis);
  await db().$transaction(async (tx) => {
    const before = await tx.filing.findUniqueOrThrow({ where: { id: filingId }, select: { textHash: true } });
    const overrides = new Map(
      (
        await tx.riskFactor.findMany({
          where: { filingId, categoryOverride: { not: null } },
          select: { blockId: true, categoryOverride: true },
        })
      ).map((risk) => [risk.blockId, risk.categoryOverride]),
    );
    await tx.filing.update({
      where: { id: filingId },
      data: {
        ...stored,
        ...(options.sourceContent ? { sourceContent: options.sourceContent } : {}),
        ...(options.sourceFileName ? { sourceFileName: options.sourceFileName } : {}),
      },
    });
    // The new analysis's inline facts replace the old; facts from EDGAR's companyfacts (stored
    // because the filing had no inline XBRL) stay unless the new text brings its own.
    const facts = options.facts ?? [];
    await tx.filingFact.deleteMany({
      where: { filingId, ...(facts.length === 0 ? { source: "inline" } : {}) },
    });
    await tx.filingFact.createMany({
      data: factRows(facts).map((row) => ({ ...row, filingId })),
    });
    await tx.filingPassage.deleteMany({ where: { filingId } });
    await tx.filingPassage.createMany({ data: passageRows(analysis).map((row) => ({ ...row, filingId })) });
    // The record of category changes follows its risk factor (by block id) into the new rows.
    const changes = await tx.riskCategoryChange.findMany({
      where: { riskFactor: { filingId } },
      select: {
        from: true,
        to: true,
        userId: true,
        createdAt: true,
        riskFactor: { select: { blockId: true } },
      },
    });
    await tx.riskFactor.deleteMany({ where: { filingId } });
    await tx.riskFactor.createMany({
      data: analysis.riskFactors.map((risk, ordinal) => ({
        ...riskFactorRow(risk, ordinal),
        filingId,
        categoryOverride: overrides.get(risk.id) ?? null,
      })),
    });
    if (changes.length > 0) {
      const ids = new Map(
        (await tx.riskFactor.findMany({ where: { filingId }, select: { id: true, blockId: true } })).map(
          (risk) => [risk.blockId, risk.id],
        ),
      );
      await tx.riskCategoryChange.createMany({
        data: changes.flatMap(({ riskFactor, ...change }) => {
          const riskFactorId = ids.get(riskFactor.blockId);
          return riskFactorId ? [{ ...change, riskFactorId }] : [];
        }),
      });
    }
    if (before.textHash !== stored.textHash)
      await storeNewAnchors(tx, filingId, analysis.text, stored.textHash);
  });
}
