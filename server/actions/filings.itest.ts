/**
 * Importing a filing twice and deleting one, through the server actions a browser calls, on the
 * real database. Only the session and Next's redirect are stood in for.
 */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentUser } from "@/server/auth";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { deleteFiling as deleteFilingRows } from "@/server/data/delete-filing";
import { getFiling } from "@/server/data/get-filing";
import { redirectOf } from "@/server/testing/next-navigation";
import { createTeamSetting, createTestAnnotation, createTestUser } from "@/server/testing/fixtures";
import { db } from "@/server/db";
import { deleteFiling } from "./delete-filing";
import { importFiling } from "./import-filing";
import { updateFilingDetails } from "./update-filing-details";

vi.mock("@/server/auth", () => ({ currentUser: vi.fn(), requireReaderAccess: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// Next's redirect ends an action by throwing; so does the stand-in, with where it went.
vi.mock("next/navigation", () => import("@/server/testing/next-navigation"));

function signInAs(userId: string | null) {
  vi.mocked(currentUser).mockResolvedValue(
    userId ? ({ id: userId, name: "Tester", email: `${userId}@example.com` } as never) : null,
  );
}
afterEach(() => signInAs(null));

/** A small filing of this test's own (unique text, so no other test's filing is a duplicate). */
function uniqueFiling(extra = "") {
  const tag = randomUUID();
  return {
    fileName: "filing.txt",
    content: `Item 1A. Risk Factors\n\nWe may lose customer ${tag}.\n\nOur largest customer ${tag} accounted for 45% of revenues. ${extra}`,
    company: `Dup Co ${tag.slice(0, 8)}`,
    form: "10-K",
    fiscalYear: "2024",
  };
}

describe("importing the same filing again", () => {
  it("opens the filing already there (same text), unless a new copy is asked for", async () => {
    signInAs(await createTestUser("importer"));
    const input = uniqueFiling();
    const first = await redirectOf(importFiling(null, input));
    expect(first).toMatch(/^\/filings\/dup-co-[a-z0-9]+-10-k-2024$/);
    const again = await redirectOf(importFiling(null, { ...input, company: "Another Name" }));
    expect(again).toBe(`${first}?already=1`);
    const copy = await redirectOf(importFiling(null, { ...input, asNewCopy: true }));
    expect(copy).not.toBe(first);
    expect(await getFiling({ slug: copy.replace("/filings/", "") })).not.toBeNull();
  });

  it("opens the filing already there when the accession number is the same, even if the text differs", async () => {
    signInAs(await createTestUser("importer"));
    const accessionNumber = `00012345${Math.floor(Math.random() * 90 + 10)}-25-${String(Date.now()).slice(-6)}`;
    const first = await redirectOf(
      importFiling(null, { ...uniqueFiling(), accessionNumber, tickers: "dupc" }),
    );
    expect(first).toMatch(/^\/filings\/dupc-10-k-2024(-\d+)?$/);
    const stored = await getFiling({ slug: first.replace("/filings/", "") });
    expect(stored).toMatchObject({ accessionNumber, tickers: ["DUPC"] });
    const again = await redirectOf(importFiling(null, { ...uniqueFiling("Amended."), accessionNumber }));
    expect(again).toBe(`${first}?already=1`);
  });

  it("refuses bad metadata with field errors and stores nothing", async () => {
    signInAs(await createTestUser("importer"));
    const input = uniqueFiling();
    const answer = await importFiling(null, {
      ...input,
      tickers: "not a ticker!",
      periodOfReport: "2024-02-30",
      accessionNumber: "12",
      cik: "abc",
    });
    expect(answer?.ok).toBe(false);
    const errors = answer && !answer.ok ? answer.fieldErrors : {};
    expect(Object.keys(errors).sort()).toEqual(["accessionNumber", "cik", "periodOfReport", "tickers"]);
    expect(await db().filing.count({ where: { company: input.company } })).toBe(0);
  });
});

describe("deleting a filing", () => {
  async function importedBy(userId: string) {
    signInAs(userId);
    const location = await redirectOf(importFiling(null, uniqueFiling()));
    const filing = await getFiling({ slug: location.replace("/filings/", "") });
    return filing!;
  }
  const noteOn = (
    filing: { id: string; canonicalText: string },
    authorId: string,
    workspaceId: string | null,
  ) =>
    createTestAnnotation({
      filingId: filing.id,
      text: filing.canonicalText,
      start: 0,
      end: 10,
      authorId,
      workspaceId,
    });
  const form = (slug: string) => {
    const data = new FormData();
    data.set("filingSlug", slug);
    return data;
  };

  it("its importer deletes it with their notes, and lands on the library", async () => {
    const importer = await createTestUser("importer");
    const filing = await importedBy(importer);
    await noteOn(filing, importer, null);
    signInAs(importer);
    expect(await redirectOf(deleteFiling(null, form(filing.slug)))).toMatch(/^\/\?deleted=/);
    expect(await getFiling({ slug: filing.slug })).toBeNull();
    expect(await db().annotation.count({ where: { filingId: filing.id } })).toBe(0);
  });

  it("is refused while a colleague's private note is on it, and nothing is lost", async () => {
    const { author, colleague } = await createTeamSetting();
    const filing = await importedBy(author);
    await noteOn(filing, colleague, null);
    signInAs(author);
    const answer = await deleteFiling(null, form(filing.slug));
    expect(answer?.ok).toBe(false);
    expect(answer && !answer.ok && answer.message).toMatch(/1 note by other people is on this filing/);
    expect(await getFiling({ slug: filing.slug })).not.toBeNull();
    expect(await countFilingNotes({ filingId: filing.id })).toEqual([
      { authorId: colleague, workspaceId: null, count: 1 },
    ]);
  });

  it("a workspace owner deletes a filing with the workspace's notes; a member or a stranger cannot", async () => {
    const { author: owner, colleague, outsider, workspace } = await createTeamSetting();
    const importer = await createTestUser("importer");
    const filing = await importedBy(importer);
    await noteOn(filing, colleague, workspace.id);
    for (const user of [colleague, outsider]) {
      signInAs(user);
      const answer = await deleteFiling(null, form(filing.slug));
      expect(answer && !answer.ok && answer.message).toMatch(/Only the filing's importer/);
    }
    expect(await getFiling({ slug: filing.slug })).not.toBeNull();
    signInAs(owner);
    await redirectOf(deleteFiling(null, form(filing.slug)));
    expect(await getFiling({ slug: filing.slug })).toBeNull();
  });

  it("a note written after the confirmation stops the deletion (checked in the deleting transaction)", async () => {
    const importer = await createTestUser("importer");
    const other = await createTestUser("other");
    const filing = await importedBy(importer);
    await noteOn(filing, other, null);
    await expect(
      deleteFilingRows({ filingId: filing.id, userId: importer, ownedWorkspaceIds: [] }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await getFiling({ slug: filing.slug })).not.toBeNull();
  });

  it("signed out, or a filing that is not there: a message, nothing deleted", async () => {
    signInAs(null);
    expect((await deleteFiling(null, form("iij-20f-fy2008")))?.ok).toBe(false);
    signInAs(await createTestUser("someone"));
    const answer = await deleteFiling(null, form(`no-such-${randomUUID()}`));
    expect(answer && !answer.ok && answer.message).toBe("That filing does not exist.");
  });
});

describe("correcting a filing's details", () => {
  async function imported() {
    const importer = await createTestUser("importer");
    signInAs(importer);
    const location = await redirectOf(importFiling(null, uniqueFiling()));
    return { importer, filing: (await getFiling({ slug: location.replace("/filings/", "") }))! };
  }
  const details = (filing: { slug: string; updatedAt: Date }, fields: Record<string, string>) => {
    const data = new FormData();
    data.set("filingSlug", filing.slug);
    data.set("version", String(filing.updatedAt.getTime()));
    for (const [name, value] of Object.entries({
      company: "Corrected Co",
      form: "10-K",
      fiscalYear: "2024",
      ...fields,
    }))
      data.set(name, value);
    return data;
  };

  it("the importer corrects them; the slug stays", async () => {
    const { filing } = await imported();
    const answer = await updateFilingDetails(
      null,
      details(filing, {
        tickers: "crco, crc.b",
        cik: "1065280",
        periodOfReport: "2024-12-31",
        fiscalYear: "2025",
      }),
    );
    expect(answer).toEqual({ ok: true });
    const stored = await getFiling({ slug: filing.slug });
    expect(stored).toMatchObject({
      slug: filing.slug,
      company: "Corrected Co",
      fiscalYear: 2025,
      tickers: ["CRCO", "CRC.B"],
      cik: "0001065280",
      periodOfReport: "2024-12-31",
      filingDate: null,
    });
  });

  it("bad values get field errors and change nothing", async () => {
    const { filing } = await imported();
    const answer = await updateFilingDetails(
      null,
      details(filing, { company: " ", cik: "abc", filingDate: "2024-13-01" }),
    );
    expect(answer && !answer.ok && Object.keys(answer.fieldErrors).sort()).toEqual([
      "cik",
      "company",
      "filingDate",
    ]);
    expect((await getFiling({ slug: filing.slug }))?.company).toBe(filing.company);
  });

  it("a correction made since the form was shown is a conflict, not overwritten", async () => {
    const { filing } = await imported();
    const stale = details(filing, { company: "Second Co" });
    expect(await updateFilingDetails(null, details(filing, { company: "First Co" }))).toEqual({ ok: true });
    const answer = await updateFilingDetails(null, stale);
    expect(answer && !answer.ok && answer.message).toMatch(/changed since you opened it/);
    expect((await getFiling({ slug: filing.slug }))?.company).toBe("First Co");
  });

  it("someone else, or nobody signed in, is refused and nothing changes", async () => {
    const { filing } = await imported();
    signInAs(await createTestUser("stranger"));
    const answer = await updateFilingDetails(null, details(filing, { company: "Hijacked" }));
    expect(answer && !answer.ok && answer.message).toMatch(/Only the person who imported/);
    signInAs(null);
    expect((await updateFilingDetails(null, details(filing, { company: "Hijacked" })))?.ok).toBe(false);
    expect((await getFiling({ slug: filing.slug }))?.company).toBe(filing.company);
  });
});
