import "server-only";
import type { FilingAnalysis } from "@/lib/filing/types";
import { db } from "../db";
import { passageRows, riskFactorRow, storedAnalysis } from "./create-filing";

/**
 * Replaces a filing's analysis (a newer analyzer, or corrected source) in one transaction,
 * keeping the filing's id — and so everything attached to it — and each analyst category
 * override whose risk factor still exists (matched by its stable block id).
 */
export async function updateFilingAnalysis(options: {
  filingId: string;
  analysis: FilingAnalysis;
  sourceContent?: string;
  sourceFileName?: string;
}): Promise<void> {
  const { filingId, analysis } = options;
  await db().$transaction(async (tx) => {
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
        ...storedAnalysis(analysis),
        ...(options.sourceContent ? { sourceContent: options.sourceContent } : {}),
        ...(options.sourceFileName ? { sourceFileName: options.sourceFileName } : {}),
      },
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
  });
}
