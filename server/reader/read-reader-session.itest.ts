import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createComment } from "@/server/data/create-comment";
import { createFiling } from "@/server/data/create-filing";
import { createFollow } from "@/server/data/create-follow";
import { updateComment } from "@/server/data/update-comment";
import { readReaderNotes } from "@/server/notes/read-reader-notes";
import { createTeamNotes, createTestAnnotation, createTestUser } from "@/server/testing/fixtures";
import { readReaderSession } from "./read-reader-session";

// What the shared reader page learns about its reader after it paints (issue 16): the same
// answers the page used to render per user, now per request to /api/filings/<slug>/reader.
describe("a reader's session on a filing", () => {
  it("the owner of a workspace with notes on it curates the filing; a colleague and an outsider do not", async () => {
    const { filing, author, colleague, outsider, workspace } = await createTeamNotes();
    const owner = await readReaderSession({ slug: filing.slug, userId: author, userName: "Author" });
    expect(owner).toMatchObject({
      user: { name: "Author" },
      workspaces: [{ id: workspace.id, name: expect.stringMatching(/^Desk /) }],
      mayEditDetails: false,
      // Both notes are the author's own: nothing of anyone else's would go with the filing.
      deletion: { allowed: true, yours: 2, workspaces: [], others: 0 },
    });
    // The live feed starts after the latest event of this filing (the two notes' creations).
    expect(BigInt(owner!.liveAfter)).toBeGreaterThan(0n);

    const member = await readReaderSession({ slug: filing.slug, userId: colleague, userName: "Colleague" });
    expect(member).toMatchObject({
      workspaces: [{ id: workspace.id }],
      mayEditDetails: false,
      deletion: { allowed: false },
    });
    const stranger = await readReaderSession({ slug: filing.slug, userId: outsider, userName: "Outsider" });
    expect(stranger).toMatchObject({ workspaces: [], mayEditDetails: false, deletion: { allowed: false } });
  });

  it("brings the notes each reader may see (as the notes API lists them), their follow and unread counts", async () => {
    const { filing, author, colleague, outsider, shared, privateNote } = await createTeamNotes();
    // Two replies on the shared note, one deleted; the other @mentions the colleague.
    await createComment({
      annotationId: shared.id,
      authorId: author,
      parentId: null,
      body: "@colleague see this",
      mentionedUserIds: [colleague],
    });
    const gone = await createComment({
      annotationId: shared.id,
      authorId: author,
      parentId: null,
      body: "never mind",
      mentionedUserIds: [],
    });
    await updateComment({
      id: gone.id,
      annotationId: shared.id,
      authorId: author,
      expectedVersion: 1,
      body: null,
    });
    await createFollow({ userId: colleague, target: { filingSlug: filing.slug } });

    for (const [userId, visible] of [
      [author, [privateNote.id, shared.id]],
      [colleague, [shared.id]],
      [outsider, []],
    ] as const) {
      const session = await readReaderSession({ slug: filing.slug, userId, userName: "Reader" });
      // The one-query start and the notes API's Prisma reads agree, note for note.
      expect(session!.notes).toEqual(await readReaderNotes({ filingSlug: filing.slug, userId }));
      expect(session!.notes.map((note) => note.id).sort()).toEqual([...visible].sort());
    }
    const colleagues = await readReaderSession({ slug: filing.slug, userId: colleague, userName: "C" });
    expect(colleagues!.notes[0]).toMatchObject({
      id: shared.id,
      replyCount: 1,
      mine: false,
      canDelete: false,
    });
    expect(colleagues).toMatchObject({
      following: true,
      unread: { mentions: 1, filings: 0, follows: 0, unread: 1, more: false },
      previousReport: null,
    });
    const authors = await readReaderSession({ slug: filing.slug, userId: author, userName: "A" });
    expect(authors).toMatchObject({ following: false, unread: { unread: 0 } });
  });

  it("names the company's report of the year before, whose notes are carried", async () => {
    const company = `Acme ${randomUUID()}`;
    const content = readFileSync(
      new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
      "utf8",
    );
    const analysis = analyzeFiling({ content, fileName: "r.txt" });
    const report = (fiscalYear: number, form = "20-F") =>
      createFiling({
        slug: `test-${fiscalYear}-${randomUUID()}`,
        company,
        form,
        fiscalYear,
        sourceFileName: "r.txt",
        sourceContent: content,
        analysis,
      });
    const older = await report(2006);
    const previous = await report(2007);
    await report(2009);
    await report(2007, "6-K");
    const current = await report(2008);
    const reader = await createTestUser("reader");
    const note = await createTestAnnotation({
      filingId: current.id,
      text: analysis.text,
      start: 10,
      end: 30,
      authorId: reader,
    });
    const session = await readReaderSession({ slug: current.slug, userId: reader, userName: "R" });
    expect(session).toMatchObject({
      previousReport: { slug: previous.slug },
      notes: [{ id: note.id, mine: true }],
    });
    expect(
      (await readReaderSession({ slug: older.slug, userId: reader, userName: "R" }))!.previousReport,
    ).toBeNull();
  });

  it("is null for a filing that does not exist", async () => {
    const { author } = await createTeamNotes();
    expect(
      await readReaderSession({ slug: `none-${randomUUID()}`, userId: author, userName: "A" }),
    ).toBeNull();
  });
});
