/**
 * The hardening of issue 14 through the server actions, on the real database: replies stay in
 * their own thread (item 10), risk categories are changed by their curators only and recorded
 * (item 11), NUL in user text never becomes a 500 (item 13), and a user's writes are limited
 * (item 7: a rate limit, and a cap of notes per person per filing). The session is the one
 * thing stood in for; the write limit is set small for this file so its test stays quick.
 */
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { currentUser } from "@/server/auth";
import { createComment } from "@/server/data/create-comment";
import { createFiling } from "@/server/data/create-filing";
import { createWorkspace } from "@/server/data/create-workspace";
import { getFiling } from "@/server/data/get-filing";
import { MAX_NOTES_PER_FILING } from "@/lib/annotations/schemas";
import { removeWorkspaceMember } from "@/server/data/remove-workspace-member";
import { db } from "@/server/db";
import {
  annotatePassage,
  copyTestAnnotation,
  createTeamSetting,
  createTestAnnotation,
  createTestUser,
} from "@/server/testing/fixtures";
import { addComment } from "./add-comment";
import { changeComment } from "./change-comment";
import { createAnnotation } from "./create-annotation";
import { editAnnotation } from "./edit-annotation";
import { overrideRiskCategory } from "./override-risk-category";

/** Writes per minute per user in this file (each test's users make fewer, but the limit's). */
const { WRITE_LIMIT } = vi.hoisted(() => ({ WRITE_LIMIT: 5 }));

vi.mock("@/server/auth", () => ({ currentUser: vi.fn(), requireReaderAccess: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("@/server/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/server/env")>();
  return { env: { ...actual.env, MARGINALIA_WRITES_PER_MINUTE: WRITE_LIMIT } };
});

function signInAs(userId: string | null) {
  vi.mocked(currentUser).mockResolvedValue(
    userId ? ({ id: userId, name: "Tester", email: `${userId}@example.com` } as never) : null,
  );
}
afterEach(() => {
  signInAs(null);
  vi.restoreAllMocks();
});

/** The permission tests' cast (see fixtures) and a way to annotate the same passage. */
async function setting() {
  const team = await createTeamSetting();
  const at = team.analysis.text.indexOf("¥5,025 million");
  const annotate = (authorId: string, workspaceId: string | null) =>
    createTestAnnotation({
      filingId: team.filing.id,
      text: team.analysis.text,
      start: at,
      end: at + 14,
      authorId,
      workspaceId,
    });
  return { ...team, at, annotate };
}

const reply = (id: string) =>
  db().comment.findUniqueOrThrow({
    where: { id },
    select: { body: true, version: true, editedAt: true, deletedAt: true },
  });
const repliesOf = (annotationId: string) =>
  db().comment.findMany({
    where: { annotationId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, parentId: true },
  });
const notesBy = (filingId: string, authorId: string) =>
  db().annotation.count({ where: { filingId, authorId } });

/** The message of a failed state (undefined when it succeeded). */
const messageOf = (answer: { ok: boolean; message?: string } | null) =>
  answer && !answer.ok ? answer.message : undefined;

describe("replies stay in their own thread (item 10)", () => {
  it("changeComment refuses a reply named with a note it is not in, and the reply is unchanged", async () => {
    const { author, annotate } = await setting();
    const first = await annotate(author, null);
    const second = await annotate(author, null);
    const onSecond = await createComment({
      annotationId: second.id,
      authorId: author,
      parentId: null,
      body: "On the second note.",
    });
    signInAs(author);
    const edit = await changeComment({
      annotationId: first.id,
      commentId: onSecond.id,
      version: 1,
      body: "Moved?",
    });
    expect(messageOf(edit)).toBe("Only its author can change a reply.");
    const remove = await changeComment({
      annotationId: first.id,
      commentId: onSecond.id,
      version: 1,
      body: null,
    });
    expect(messageOf(remove)).toBe("Only its author can change a reply.");
    expect(await reply(onSecond.id)).toEqual({
      body: "On the second note.",
      version: 1,
      editedAt: null,
      deletedAt: null,
    });
    // Named with its own note, the same edit goes through.
    expect(
      await changeComment({ annotationId: second.id, commentId: onSecond.id, version: 1, body: "Edited." }),
    ).toMatchObject({ ok: true, data: { annotation: { id: second.id } } });
    expect((await reply(onSecond.id)).body).toBe("Edited.");
  });

  it("a removed member cannot edit or delete their reply in the workspace's note through a note they still see", async () => {
    const { author, colleague, workspace, annotate } = await setting();
    const shared = await annotate(author, workspace.id);
    const own = await annotate(colleague, null);
    signInAs(colleague);
    expect(await addComment({ annotationId: shared.id, body: "Looks right." })).toMatchObject({ ok: true });
    const [theirs] = await repliesOf(shared.id);

    await removeWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
    for (const body of ["Looks wrong, actually.", null]) {
      const answer = await changeComment({ annotationId: own.id, commentId: theirs!.id, version: 1, body });
      expect(answer?.ok).toBe(false);
    }
    // Through the workspace's note itself: not theirs to see any more.
    const direct = await changeComment({
      annotationId: shared.id,
      commentId: theirs!.id,
      version: 1,
      body: "Looks wrong, actually.",
    });
    expect(messageOf(direct)).toMatch(/does not exist or is not available to you/);
    expect(await reply(theirs!.id)).toMatchObject({ body: "Looks right.", version: 1, deletedAt: null });
  });

  it("addComment refuses a parent that is a reply of another note, or no reply at all, and stores nothing", async () => {
    const { author, annotate } = await setting();
    const note = await annotate(author, null);
    const other = await annotate(author, null);
    const inOther = await createComment({
      annotationId: other.id,
      authorId: author,
      parentId: null,
      body: "In the other thread.",
    });
    const inNote = await createComment({
      annotationId: note.id,
      authorId: author,
      parentId: null,
      body: "Here.",
    });
    signInAs(author);
    for (const parentId of [inOther.id, randomUUID(), note.id]) {
      const answer = await addComment({ annotationId: note.id, parentId, body: "Stray answer." });
      expect(messageOf(answer)).toBe("The reply you answered is not in this thread.");
    }
    expect(await repliesOf(note.id)).toEqual([{ id: inNote.id, body: "Here.", parentId: null }]);
    expect(await repliesOf(other.id)).toEqual([
      { id: inOther.id, body: "In the other thread.", parentId: null },
    ]);

    // A reply to a reply of the same thread is stored under it.
    expect(await addComment({ annotationId: note.id, parentId: inNote.id, body: "Answer." })).toMatchObject({
      ok: true,
      data: { annotation: { comments: [{ id: inNote.id }, { parentId: inNote.id }] } },
    });
    expect((await repliesOf(note.id)).map((comment) => [comment.body, comment.parentId])).toEqual([
      ["Here.", null],
      ["Answer.", inNote.id],
    ]);
  });

  it("the database itself refuses a reply whose parent is no reply (a foreign key)", async () => {
    const { author, annotate } = await setting();
    const note = await annotate(author, null);
    await expect(
      db().comment.create({
        data: { annotationId: note.id, authorId: author, parentId: randomUUID(), body: "Orphan." },
      }),
    ).rejects.toThrow();
    expect(await repliesOf(note.id)).toEqual([]);
  });
});

describe("risk categories are changed by the filing's curators only, and recorded (item 11)", () => {
  /** The team, a filing of its own imported by a fourth user (the importer), and its first risk factor. */
  async function curatedSetting() {
    const team = await setting();
    const importer = await createTestUser("importer");
    const slug = `curated-${randomUUID()}`;
    const analysis = analyzeFiling({ content: team.analysis.text, fileName: "iij.txt" });
    const filing = await createFiling({
      slug,
      company: "Curated Co",
      form: "20-F",
      fiscalYear: 2008,
      sourceFileName: "iij.txt",
      sourceContent: team.analysis.text,
      analysis,
      importedById: importer,
    });
    const risk = analysis.riskFactors[0]!;
    const annotateHere = annotatePassage(filing, analysis.text);
    const riskNow = async () => (await getFiling({ slug }))!.riskFactors.find((r) => r.blockId === risk.id)!;
    const changes = () =>
      db().riskCategoryChange.findMany({
        where: { riskFactor: { filingId: filing.id } },
        orderBy: { createdAt: "asc" },
        select: { userId: true, from: true, to: true, createdAt: true },
      });
    const change = (category: string | null) =>
      overrideRiskCategory({ filingSlug: slug, blockId: risk.id, category: category as never });
    return { ...team, importer, filing, slug, risk, annotateHere, riskNow, changes, change };
  }

  const REFUSED =
    "Only the filing's importer, or the owner of a workspace with notes on it, can change its categories.";

  it("refuses a stranger, a member who does not own the workspace, an owner of a workspace without notes on it, and a signed-out visitor; nothing changes", async () => {
    const { author, colleague, outsider, workspace, annotateHere, riskNow, changes, change } =
      await curatedSetting();
    // The colleague's notes are shared in the author's workspace: the colleague (a member) is no
    // curator for it. The outsider owns a workspace too, with no notes on the filing.
    await annotateHere(colleague, workspace.id);
    await annotateHere(outsider, null);
    await createWorkspace({ name: `Elsewhere ${randomUUID().slice(0, 6)}`, ownerId: outsider });

    for (const user of [outsider, colleague]) {
      signInAs(user);
      expect(messageOf(await change("tax"))).toBe(REFUSED);
    }
    signInAs(null);
    expect(messageOf(await change("tax"))).toBe("Sign in to change a risk factor's category.");
    expect((await riskNow()).categoryOverride).toBeNull();
    expect(await changes()).toEqual([]);
    // The workspace's owner is one (shown here so the refusals above are about who asks).
    signInAs(author);
    expect(await change("tax")).toEqual({ ok: true });
  });

  it("lets the importer change a category, and records who, when, from and to", async () => {
    const { importer, risk, riskNow, changes, change } = await curatedSetting();
    signInAs(importer);
    const before = Date.now();
    expect(await change("litigation")).toEqual({ ok: true });
    expect(await change(null)).toEqual({ ok: true });
    const after = Date.now();

    const now = await riskNow();
    expect(now.categoryOverride).toBeNull();
    expect(now.category).toBe(risk.category);
    const recorded = await changes();
    expect(recorded.map(({ userId, from, to }) => ({ userId, from, to }))).toEqual([
      { userId: importer, from: null, to: "litigation" },
      { userId: importer, from: "litigation", to: null },
    ]);
    // The database's clock and this process's are the same machine's; a second of slack.
    for (const { createdAt } of recorded) {
      expect(createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(createdAt.getTime()).toBeLessThanOrEqual(after + 1000);
    }
  });

  it("lets the owner of a workspace with notes on the filing change it, recorded under their name and shown with the filing", async () => {
    const { importer, author, colleague, workspace, annotateHere, riskNow, changes, change } =
      await curatedSetting();
    await annotateHere(colleague, workspace.id);
    signInAs(author);
    expect(await change("competition")).toEqual({ ok: true });
    signInAs(importer);
    expect(await change("tax")).toEqual({ ok: true });

    expect((await changes()).map(({ userId, from, to }) => ({ userId, from, to }))).toEqual([
      { userId: author, from: null, to: "competition" },
      { userId: importer, from: "competition", to: "tax" },
    ]);
    // The filing carries the last change, for the hover: who, when, from what.
    const now = await riskNow();
    expect(now.categoryOverride).toBe("tax");
    expect(now.categoryChanges).toEqual([
      { createdAt: expect.any(Date), from: "competition", to: "tax", user: { name: "importer" } },
    ]);
  });
});

describe("NUL in user text is stored without it or refused, never a thrown error (item 13)", () => {
  it("in a note's body, when annotating and when editing", async () => {
    const { filing, author, at } = await setting();
    signInAs(author);
    const created = await createAnnotation({
      filingSlug: filing.slug,
      start: at,
      end: at + 14,
      label: "Note",
      note: "Rev\u0000enue\u0000",
    });
    expect(created?.ok).toBe(true);
    const id = created?.ok ? created.data.id : "";
    expect((await db().annotation.findUniqueOrThrow({ where: { id } })).note).toBe("Revenue");

    expect(
      await editAnnotation({ id, version: 1, label: "Note", note: "\u0000Grew\u0000 fast" }),
    ).toMatchObject({
      ok: true,
      data: { annotation: { id, note: "Grew fast", noteHtml: "<p>Grew fast</p>\n", version: 2 } },
    });
    expect(
      await db().annotation.findUniqueOrThrow({ where: { id }, select: { note: true, version: true } }),
    ).toEqual({ note: "Grew fast", version: 2 });
  });

  it("in an edit's tags: stored without it, and a tag of NUL only is refused", async () => {
    const { author, annotate } = await setting();
    const { id } = await annotate(author, null);
    signInAs(author);
    expect(
      await editAnnotation({
        id,
        version: 1,
        label: "Risk",
        note: "",
        tags: ["fx\u0000", "\u0000yen", "ok"],
      }),
    ).toMatchObject({ ok: true, data: { annotation: { tags: ["fx", "yen", "ok"] } } });
    expect((await db().annotation.findUniqueOrThrow({ where: { id } })).tags).toEqual(["fx", "yen", "ok"]);

    const blank = await editAnnotation({ id, version: 2, label: "Risk", note: "", tags: ["\u0000", "fine"] });
    expect(blank?.ok).toBe(false);
    expect(blank && !blank.ok && blank.fieldErrors.tags).toBeDefined();
    expect(
      await db().annotation.findUniqueOrThrow({ where: { id }, select: { tags: true, version: true } }),
    ).toEqual({ tags: ["fx", "yen", "ok"], version: 2 });
  });

  it("in a reply's body, when replying and when changing the reply", async () => {
    const { author, annotate } = await setting();
    const { id } = await annotate(author, null);
    signInAs(author);
    expect(await addComment({ annotationId: id, body: "Agr\u0000eed.\u0000" })).toMatchObject({ ok: true });
    expect(messageOf(await addComment({ annotationId: id, body: "\u0000\u0000 " }))).toBe(
      "Write a reply first.",
    );
    const [stored] = await repliesOf(id);
    expect(await repliesOf(id)).toEqual([{ id: stored!.id, body: "Agreed.", parentId: null }]);

    expect(
      await changeComment({
        annotationId: id,
        commentId: stored!.id,
        version: 1,
        body: "Still\u0000 agreed.",
      }),
    ).toMatchObject({ ok: true, data: { annotation: { comments: [{ source: "Still agreed." }] } } });
    expect((await reply(stored!.id)).body).toBe("Still agreed.");
  });
});

describe("a user's writes are limited (item 7)", () => {
  it(`refuses a user's write past ${WRITE_LIMIT} a minute with a clear message and stores nothing, while another user may write`, async () => {
    const { filing, author, colleague, at, annotate } = await setting();
    const note = await annotate(author, null);
    // The limit refills with time: the clock stands still here, so the budget is exactly spent.
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now);
    const annotateAs = (userId: string) => {
      signInAs(userId);
      return createAnnotation({ filingSlug: filing.slug, start: at, end: at + 14, label: "Note" });
    };
    for (let i = 0; i < WRITE_LIMIT; i++) expect((await annotateAs(author))?.ok).toBe(true);
    const notesBefore = await notesBy(filing.id, author);

    const over = await annotateAs(author);
    expect(messageOf(over)).toBe(
      `You are making changes faster than this server allows: wait ${60 / WRITE_LIMIT} seconds, then try again.`,
    );
    // Every kind of write counts against the same budget.
    expect(messageOf(await addComment({ annotationId: note.id, body: "One more." }))).toMatch(/faster than/);
    expect(await notesBy(filing.id, author)).toBe(notesBefore);
    expect(await repliesOf(note.id)).toEqual([]);

    // Someone else is not held back by it.
    expect((await annotateAs(colleague))?.ok).toBe(true);
    expect(await notesBy(filing.id, colleague)).toBe(1);

    // Once the wait it named has passed, the author writes again.
    vi.mocked(Date.now).mockReturnValue(now + (60 / WRITE_LIMIT) * 1000);
    expect((await annotateAs(author))?.ok).toBe(true);
    expect(await notesBy(filing.id, author)).toBe(notesBefore + 1);
  });

  it(`refuses a note past ${MAX_NOTES_PER_FILING.toLocaleString("en-US")} by one person on one filing, and stores nothing`, async () => {
    const { filing, analysis, author, colleague, at } = await setting();
    const seeded = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: at,
      end: at + 14,
      authorId: author,
    });
    // Copies of it (the same passage), straight into the table.
    await copyTestAnnotation({ annotationId: seeded.id, copies: MAX_NOTES_PER_FILING - 1 });
    expect(await notesBy(filing.id, author)).toBe(MAX_NOTES_PER_FILING);

    signInAs(author);
    const over = await createAnnotation({ filingSlug: filing.slug, start: at, end: at + 14, label: "Note" });
    expect(messageOf(over)).toBe(
      "You have 5,000 notes on this filing, the most one person may have. Delete some first.",
    );
    expect(await notesBy(filing.id, author)).toBe(MAX_NOTES_PER_FILING);

    // The cap is per person: a colleague still annotates the same filing.
    signInAs(colleague);
    expect(
      (await createAnnotation({ filingSlug: filing.slug, start: at, end: at + 14, label: "Note" }))?.ok,
    ).toBe(true);

    // One deleted, the author may write one more (the count the cap reads went down with it).
    await db().annotation.delete({ where: { id: seeded.id } });
    signInAs(author);
    expect(
      (await createAnnotation({ filingSlug: filing.slug, start: at, end: at + 14, label: "Note" }))?.ok,
    ).toBe(true);
    expect(await notesBy(filing.id, author)).toBe(MAX_NOTES_PER_FILING);
  });
});
