/**
 * EDGAR imports as background jobs (pg-boss on this test's database, PGlite or PostgreSQL),
 * against the fake EDGAR: a request is recorded and queued at once, a worker brings the filing
 * in while its stage and progress are recorded, and a failure is said once, not retried.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as companyRoute from "@/app/api/v1/companies/[cik]/route";
import * as filingsRoute from "@/app/api/v1/filings/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import { createApiToken } from "@/server/data/create-api-token";
import { getFiling } from "@/server/data/get-filing";
import { getImportJob } from "@/server/data/get-import-job";
import { requestEdgarImport } from "@/server/filings/request-edgar-import";
import { failureOf } from "@/server/testing/failure-of";
import { startFakeEdgar, type FakeEdgar } from "@/server/testing/fake-edgar";
import { createTestUser } from "@/server/testing/fixtures";
import { EDGAR_IMPORT_QUEUE, startJobWorkers, stopJobQueue } from "./job-queue";
import { runEdgarImport } from "./run-edgar-import";

const edgar = vi.hoisted(() => ({ url: "" }));
vi.mock("@/server/env", async (importOriginal) => {
  const { envWithOverrides, fakeEdgarOverrides } = await import("@/server/testing/env-overrides");
  return envWithOverrides(
    await importOriginal<typeof import("@/server/env")>(),
    fakeEdgarOverrides(() => edgar.url),
  );
});

let fake: FakeEdgar;
beforeAll(async () => {
  fake = await startFakeEdgar();
  edgar.url = fake.url;
  await startJobWorkers({ [EDGAR_IMPORT_QUEUE]: runEdgarImport });
});
afterAll(async () => {
  await stopJobQueue();
  await fake.close();
});

/** The job's record once it has finished (done or failed). */
async function finished(id: string, userId: string) {
  await expect
    .poll(async () => (await getImportJob({ id, userId }))?.state, { timeout: 60_000, interval: 200 })
    .toMatch(/^(done|failed)$/);
  return (await getImportJob({ id, userId }))!;
}

describe("an EDGAR import job", () => {
  it("brings the filing in, in the background, as its requester's, recording its progress", async () => {
    const userId = await createTestUser("importer");
    const { id } = await requestEdgarImport({ userId, input: "NFLX", form: "10-K" });
    const queued = await getImportJob({ id, userId });
    expect(queued).toMatchObject({ input: "NFLX", form: "10-K", last: 1 });
    const job = await finished(id, userId);
    expect(job).toMatchObject({ state: "done", stage: "done", progress: 100, message: null, attempts: 1 });
    expect(job.filingSlugs).toHaveLength(1);
    const filing = await getFiling({ slug: job.filingSlugs[0]! });
    expect(filing).toMatchObject({
      company: "NETFLIX INC",
      accessionNumber: "0001065280-25-000044",
      importedById: userId,
    });
    // Someone else cannot see the job.
    expect(await getImportJob({ id, userId: await createTestUser("other") })).toBeNull();
  });

  it("ends a job another try would not mend, saying why, after one attempt", async () => {
    const userId = await createTestUser("importer");
    const { id } = await requestEdgarImport({ userId, input: "ZZZZQ" });
    const job = await finished(id, userId);
    expect(job).toMatchObject({
      state: "failed",
      message: "No company on EDGAR matches “ZZZZQ”.",
      attempts: 1,
      filingSlugs: [],
    });
  });

  it("refuses at once what cannot mean a company or filing, and records nothing", async () => {
    const userId = await createTestUser("importer");
    const failure = await failureOf(requestEdgarImport({ userId, input: "https://example.com/report.htm" }));
    expect([failure.code, failure.message]).toEqual([
      "invalid-input",
      "Only links to EDGAR (sec.gov) are read; paste a link to a filing there.",
    ]);
  });

  it("runs through the API: 202 with the job, followed to the filing; the company lists it first", async () => {
    const userId = await createTestUser("api-importer");
    const { token } = await createApiToken({ userId, name: "rw", scope: "read-write" });
    const { token: readOnly } = await createApiToken({ userId, name: "ro", scope: "read" });
    const call = async (
      handler: (request: Request, route: { params: Promise<never> }) => Promise<Response>,
      path: string,
      init: { token: string; body?: unknown; params?: object },
    ) => {
      const response = await handler(
        new Request(`http://localhost:3000${path}`, {
          method: init.body === undefined ? "GET" : "POST",
          headers: { authorization: `Bearer ${init.token}`, "content-type": "application/json" },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        }),
        { params: Promise.resolve((init.params ?? {}) as never) },
      );
      return {
        status: response.status,
        headers: response.headers,
        json: (await response.json()) as Record<string, unknown>,
      };
    };
    const refused = await call(filingsRoute.POST, "/api/v1/filings", {
      token: readOnly,
      body: { edgar: "NFLX" },
    });
    expect(refused.status).toBe(403);
    const invalid = await call(filingsRoute.POST, "/api/v1/filings", {
      token,
      body: { edgar: "NFLX", last: 500 },
    });
    expect([invalid.status, invalid.json.detail]).toEqual([400, "At most 20 filings at once."]);
    const queued = await call(filingsRoute.POST, "/api/v1/filings", {
      token,
      body: { edgar: "NFLX", form: "10-k", fiscalYear: 2024 },
    });
    expect(queued.status).toBe(202);
    const id = String(queued.json.id);
    expect(queued.headers.get("location")).toBe(`http://localhost:3000/api/v1/jobs/${id}`);
    expect(queued.json).toMatchObject({
      request: { edgar: "NFLX", form: "10-K", fiscalYear: 2024, last: 1 },
    });
    await finished(id, userId);
    const done = await call(jobRoute.GET, `/api/v1/jobs/${id}`, { token, params: { id } });
    expect(done.json).toMatchObject({ state: "done", progress: 100 });
    const [filing] = done.json.filings as Array<{ slug: string }>;
    const { token: strangerToken } = await createApiToken({
      userId: await createTestUser("stranger"),
      name: "rw",
      scope: "read-write",
    });
    expect(
      (await call(jobRoute.GET, `/api/v1/jobs/${id}`, { token: strangerToken, params: { id } })).status,
    ).toBe(404);
    const company = await call(companyRoute.GET, "/api/v1/companies/1065280", {
      token,
      params: { cik: "1065280" },
    });
    expect(company.json).toMatchObject({ cik: "1065280", name: "NETFLIX INC" });
    expect((company.json.filings as Array<{ imported: { slug: string } | null }>)[0]?.imported?.slug).toBe(
      filing!.slug,
    );
  });
});
