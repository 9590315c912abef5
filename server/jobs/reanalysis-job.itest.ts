/**
 * Analyses after an analyzer upgrade as background jobs (pg-boss on this test's database,
 * PGlite or PostgreSQL): a filing an older analyzer analysed is queued once however often it
 * is asked for, analysed again in place, and keeps its id and its notes.
 */
import { afterAll, describe, expect, it } from "vitest";
import { ANALYZER_VERSION } from "@/lib/filing/version";
import { getFiling } from "@/server/data/get-filing";
import { getFilingSource } from "@/server/data/get-filing-source";
import { listStaleFilings } from "@/server/data/list-stale-filings";
import { db } from "@/server/db";
import { createSampleFiling, createTestAnnotation, createTestUser } from "@/server/testing/fixtures";
import { jobQueue, queueReanalyses, REANALYSIS_QUEUE, startJobWorkers, stopJobQueue } from "./job-queue";
import { runFilingReanalysis } from "./run-filing-reanalysis";

afterAll(() => stopJobQueue());

describe("analysing filings again after an analyzer upgrade", () => {
  it("queues a stale filing once and analyses it again in the background, notes kept", async () => {
    const { filing, analysis } = await createSampleFiling();
    const authorId = await createTestUser("reader");
    const start = analysis.text.indexOf("¥5,025 million");
    const note = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start,
      end: start + "¥5,025 million".length,
      authorId,
      note: "kept through the new analysis",
    });
    // As an older analyzer left it: an earlier version, and risk factors it did not find.
    await db().riskFactor.deleteMany({ where: { filingId: filing.id } });
    await db().filing.update({ where: { id: filing.id }, data: { analyzerVersion: ANALYZER_VERSION - 1 } });
    expect((await listStaleFilings({ analyzerVersion: ANALYZER_VERSION })).map((f) => f.id)).toContain(
      filing.id,
    );

    // Asked for by two servers starting: one job waits.
    await queueReanalyses({ filingIds: [filing.id] });
    await queueReanalyses({ filingIds: [filing.id] });
    const boss = await jobQueue();
    const waiting = await boss.fetch(REANALYSIS_QUEUE, { batchSize: 10 });
    expect(waiting?.map((job) => job.data)).toEqual([{ filingId: filing.id }]);
    await boss.cancel(
      REANALYSIS_QUEUE,
      waiting!.map((job) => job.id),
    );
    await boss.purgeQueue(REANALYSIS_QUEUE);

    await startJobWorkers({ [REANALYSIS_QUEUE]: runFilingReanalysis });
    await queueReanalyses({ filingIds: [filing.id] });
    await expect
      .poll(async () => (await getFilingSource({ filingId: filing.id }))?.analyzerVersion, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(ANALYZER_VERSION);
    const analysed = await getFiling({ slug: filing.slug });
    expect(analysed?.id).toBe(filing.id);
    expect(analysed?.riskFactors).toHaveLength(analysis.riskFactors.length);
    const kept = await db().annotation.findUniqueOrThrow({ where: { id: note.id } });
    expect(kept).toMatchObject({ note: "kept through the new analysis", start, orphanedAt: null });
    expect((await listStaleFilings({ analyzerVersion: ANALYZER_VERSION })).map((f) => f.id)).not.toContain(
      filing.id,
    );
  });
});
