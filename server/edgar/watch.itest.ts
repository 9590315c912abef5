/**
 * Watching companies, against the fake EDGAR on this test's database (PGlite or PostgreSQL):
 * a watch is started and stopped through the company page's action; a check brings in a report
 * the company files after the watch began (not older ones, not an 8-K) and tells each watcher
 * once in "For you"; the scheduled check runs as a background job.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { watchCompany } from "@/server/actions/watch-company";
import { currentUser } from "@/server/auth";
import { countUnreadForYou } from "@/server/data/count-unread-for-you";
import { listCompanyWatches } from "@/server/data/list-company-watches";
import { getFiling } from "@/server/data/get-filing";
import { listFilingNotices } from "@/server/data/list-filing-notices";
import { markMentionsSeen } from "@/server/data/mark-mentions-seen";
import {
  EDGAR_WATCH_QUEUE,
  jobQueue,
  scheduleWatchCheck,
  startJobWorkers,
  stopJobQueue,
} from "@/server/jobs/job-queue";
import { runWatchCheck } from "@/server/jobs/run-watch-check";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";
import { createTeamSetting, createTestAnnotation, createTestUser } from "@/server/testing/fixtures";
import { checkWatchedCompanies } from "./check-watched-companies";

const edgar = vi.hoisted(() => ({ url: "" }));
vi.mock("@/server/env", async (importOriginal) => {
  const { envWithOverrides, fakeEdgarOverrides } = await import("@/server/testing/env-overrides");
  return envWithOverrides(await importOriginal<typeof import("@/server/env")>(), {
    ...fakeEdgarOverrides(() => edgar.url),
    MARGINALIA_EDGAR_POLL: () => 3600,
  });
});
vi.mock("@/server/auth", () => ({ currentUser: vi.fn(), requireReaderAccess: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

function signInAs(userId: string | null) {
  vi.mocked(currentUser).mockResolvedValue(
    userId ? ({ id: userId, name: "Tester", email: `${userId}@example.com` } as never) : null,
  );
}

/**
 * One company per test (checks look at every watched company; each test asserts on its own):
 * their recorded submissions end years before any watch here begins.
 */
const MURPHY = "717423";
const BETTERLIFE = "1464165";
const NETFLIX = "1065280";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const watchesOf = (userId: string, cik: string, workspaceIds: string[] = []) =>
  listCompanyWatches({ userId, workspaceIds, cik });

let fake: FakeEdgar;
beforeAll(async () => {
  fake = await startFakeEdgar();
  edgar.url = fake.url;
});
afterEach(() => signInAs(null));
afterAll(async () => {
  await stopJobQueue();
  await fake.close();
});

describe("watching a company", () => {
  it("brings in a report filed after the watch began and tells each watcher once", async () => {
    const watcher = await createTestUser("watcher");
    const bystander = await createTestUser("bystander");
    signInAs(watcher);
    expect(await watchCompany(null, form({ cik: MURPHY, watch: "on" }))).toEqual({ ok: true });
    expect(await watchesOf(watcher, "0000717423")).toEqual({ mine: true, workspaceIds: [] });

    // Nothing new yet: the company's recorded filings are all older than the watch.
    expect((await checkWatchedCompanies()).problems).toEqual([]);
    expect(await listFilingNotices({ userId: watcher, limit: 10 })).toEqual([]);

    const tenK = await fake.publish({ cik: MURPHY, form: "10-K" });
    await fake.publish({ cik: MURPHY, form: "8-K" });
    const check = await checkWatchedCompanies();
    expect(check.problems).toEqual([]);
    const notices = await listFilingNotices({ userId: watcher, limit: 10 });
    expect(notices).toHaveLength(1);
    const filing = await getFiling({ slug: notices[0]!.filing.slug });
    expect(check.filings).toContain(filing?.slug);
    expect(filing).toMatchObject({
      company: "MURPHY OIL CORP",
      form: "10-K",
      cik: "0000717423",
      accessionNumber: tenK.accession,
      filingDate: tenK.filingDate,
    });
    expect(filing?.riskFactors.length).toBeGreaterThanOrEqual(2);
    expect(await listFilingNotices({ userId: bystander, limit: 10 })).toEqual([]);
    expect(await countUnreadForYou({ userId: watcher, limit: 10 })).toMatchObject({ filings: 1, unread: 1 });
    await markMentionsSeen({ userId: watcher, seenAt: notices[0]!.createdAt });
    expect(await countUnreadForYou({ userId: watcher, limit: 10 })).toMatchObject({ filings: 0, unread: 0 });

    // Checking again asks EDGAR afresh but downloads no document, and tells no one twice.
    const asked = fake.requests.length;
    const again = await checkWatchedCompanies();
    expect(again.filings).toContain(filing!.slug);
    const paths = fake.requests.slice(asked).map((request) => request.path);
    expect(paths).toContain("/submissions/CIK0000717423.json");
    expect(paths.filter((path) => path.startsWith("/Archives/"))).toEqual([]);
    expect(await listFilingNotices({ userId: watcher, limit: 10 })).toHaveLength(1);
  });

  it("stops when the watcher stops watching, and refuses a company EDGAR does not know", async () => {
    const watcher = await createTestUser("stopper");
    signInAs(watcher);
    await watchCompany(null, form({ cik: BETTERLIFE, watch: "on" }));
    expect(await watchCompany(null, form({ cik: BETTERLIFE, watch: "off" }))).toEqual({ ok: true });
    expect((await watchesOf(watcher, "0001464165")).mine).toBe(false);
    await fake.publish({ cik: BETTERLIFE, form: "10-Q" });
    await checkWatchedCompanies();
    expect(await listFilingNotices({ userId: watcher, limit: 10 })).toEqual([]);

    const unknown = await watchCompany(null, form({ cik: "999999999", watch: "on" }));
    expect(unknown).toMatchObject({ ok: false, message: "EDGAR has no company with CIK 999999999." });
    expect((await watchesOf(watcher, "0999999999")).mine).toBe(false);
    signInAs(null);
    expect(await watchCompany(null, form({ cik: BETTERLIFE, watch: "on" }))).toMatchObject({
      ok: false,
      message: "Sign in to watch a company.",
    });
  });

  it("a workspace's watch tells every member, and only members may start or stop it", async () => {
    const { author, colleague, outsider, workspace } = await createTeamSetting();
    signInAs(outsider);
    expect(
      await watchCompany(null, form({ cik: BETTERLIFE, watch: "on", workspaceId: workspace.id })),
    ).toMatchObject({ ok: false, message: "You are not in that workspace." });
    signInAs(colleague);
    expect(
      await watchCompany(null, form({ cik: BETTERLIFE, watch: "on", workspaceId: workspace.id })),
    ).toEqual({
      ok: true,
    });
    expect(await watchesOf(author, "0001464165", [workspace.id])).toEqual({
      mine: false,
      workspaceIds: [workspace.id],
    });

    const published = await fake.publish({ cik: BETTERLIFE, form: "40-F" });
    expect((await checkWatchedCompanies()).problems).toEqual([]);
    for (const member of [author, colleague]) {
      const notices = await listFilingNotices({ userId: member, limit: 10 });
      const slugs = notices
        .filter((notice) => notice.filing.form === "40-F")
        .map((notice) => notice.filing.slug);
      expect(slugs).toHaveLength(1);
      expect((await getFiling({ slug: slugs[0]! }))?.accessionNumber).toBe(published.accession);
    }
    expect(await listFilingNotices({ userId: outsider, limit: 10 })).toEqual([]);

    signInAs(outsider);
    await watchCompany(null, form({ cik: BETTERLIFE, watch: "off", workspaceId: workspace.id }));
    expect((await watchesOf(author, "0001464165", [workspace.id])).workspaceIds).toEqual([workspace.id]);
    signInAs(author);
    await watchCompany(null, form({ cik: BETTERLIFE, watch: "off", workspaceId: workspace.id }));
    expect((await watchesOf(author, "0001464165", [workspace.id])).workspaceIds).toEqual([]);
  });

  it("tells each watcher what a new report means for their notes on the year before's", async () => {
    const annotator = await createTestUser("annotator");
    const other = await createTestUser("other-watcher");
    for (const user of [annotator, other]) {
      signInAs(user);
      await watchCompany(null, form({ cik: MURPHY, watch: "on" }));
    }
    // Far-off periods: no other test's Murphy report falls between these two.
    const first = await fake.publish({ cik: MURPHY, form: "10-K", reportDate: "2030-12-31" });
    await checkWatchedCompanies();
    const [told] = await listFilingNotices({ userId: annotator, limit: 50 }).then((notices) =>
      notices.filter((notice) => notice.filing.fiscalYear === 2030),
    );
    const older = await getFiling({ slug: told!.filing.slug });
    expect(older?.accessionNumber).toBe(first.accession);
    const risk = older!.riskFactors[0]!;
    const quote = "A further decline would reduce the cash we have to invest.";
    const start = older!.canonicalText.indexOf(quote, risk.start);
    expect(start).toBeGreaterThan(-1);
    await createTestAnnotation({
      filingId: older!.id,
      text: older!.canonicalText,
      start,
      end: start + quote.length,
      authorId: annotator,
      note: "Watch the cash.",
    });

    await fake.publish({ cik: MURPHY, form: "10-K", reportDate: "2031-12-31", revised: true });
    await checkWatchedCompanies();
    const notice = (user: string) =>
      listFilingNotices({ userId: user, limit: 50 }).then((notices) =>
        notices.find((each) => each.filing.fiscalYear === 2031),
      );
    expect((await notice(annotator))?.details).toEqual([
      expect.stringMatching(
        /^Risk “Volatile commodity prices affect our revenues and cash flows\.” changed \d+% — 1 note$/,
      ),
    ]);
    // The other watcher has no notes there: told of the filing, and nothing more.
    expect((await notice(other))?.details).toEqual([]);
  });

  it("runs as a scheduled background job, one waiting at a time, that queues the next", async () => {
    const watcher = await createTestUser("scheduled");
    signInAs(watcher);
    await watchCompany(null, form({ cik: NETFLIX, watch: "on" }));
    const published = await fake.publish({ cik: NETFLIX, form: "20-F" });
    // However often it is asked for (every server asks on start), one check waits.
    await scheduleWatchCheck({ afterSeconds: 60 });
    await scheduleWatchCheck({ afterSeconds: 60 });
    const boss = await jobQueue();
    expect(await boss.getQueueSize(EDGAR_WATCH_QUEUE, { before: "active" })).toBe(1);
    await boss.purgeQueue(EDGAR_WATCH_QUEUE);

    await startJobWorkers({ [EDGAR_WATCH_QUEUE]: runWatchCheck });
    await scheduleWatchCheck({ afterSeconds: 0 });
    await expect
      .poll(async () => (await listFilingNotices({ userId: watcher, limit: 10 })).length, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(1);
    const [notice] = await listFilingNotices({ userId: watcher, limit: 10 });
    expect((await getFiling({ slug: notice!.filing.slug }))?.accessionNumber).toBe(published.accession);
    // The check it ran queued the next one, an hour (MARGINALIA_EDGAR_POLL) later.
    await expect.poll(() => boss.getQueueSize(EDGAR_WATCH_QUEUE, { before: "active" })).toBe(1);
  });
});
