/**
 * The permission rules through the server actions and the live feed (the paths a browser
 * takes), on the real database: two users in two workspaces plus an outsider. The session is
 * the one thing stood in for: `currentUser` answers the user each test signs in as.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as liveFeed } from "@/app/api/filings/[slug]/events/route";
import { anyText } from "@/lib/testing/bad-input";
import { currentUser } from "@/server/auth";
import { env } from "@/server/env";
import { getViewer } from "@/server/data/get-viewer";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { listMentionsForUser } from "@/server/data/list-mentions-for-user";
import { db } from "@/server/db";
import { handleOf } from "@/lib/threads/handles";
import { annotatePassage, createTeamSetting } from "@/server/testing/fixtures";
import { addComment } from "./add-comment";
import { createAnnotation } from "./create-annotation";
import { editAnnotation } from "./edit-annotation";
import { removeAnnotation } from "./remove-annotation";
import { resolveAnnotation } from "./resolve-annotation";

vi.mock("@/server/auth", () => ({ currentUser: vi.fn(), requireReaderAccess: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

function signInAs(userId: string | null) {
  vi.mocked(currentUser).mockResolvedValue(
    userId ? ({ id: userId, name: "Tester", email: `${userId}@example.com` } as never) : null,
  );
}
afterEach(() => signInAs(null));

/** A filing, an author and a colleague sharing a workspace (author owns it), an outsider. */
async function setting() {
  const { filing, analysis, author, colleague, outsider, workspace } = await createTeamSetting();
  const at = analysis.text.indexOf("¥5,025 million");
  const annotate = annotatePassage(filing, analysis.text);
  return { filing, analysis, author, colleague, outsider, workspace, at, annotate };
}

/** The note as `userId` sees it in the filing (undefined: not there for them). */
const storedAs = async (filingId: string, id: string, userId: string) =>
  (await listFilingAnnotations({ filingId, viewer: await getViewer({ userId }) })).find((a) => a.id === id);

describe("server actions enforce who may see and change a note", () => {
  it("a private note: another user cannot reply, resolve, edit or delete it, and is told it is not there", async () => {
    const { filing, author, colleague, annotate } = await setting();
    const { id } = await annotate(author, null);
    signInAs(colleague);
    const answers = [
      await addComment({ annotationId: id, body: "sneaky" }),
      await resolveAnnotation({ id, resolved: true }),
      await editAnnotation({ id, version: 1, label: "Note", note: "overwritten" }),
      await removeAnnotation({ id }),
    ];
    for (const answer of answers) {
      expect(answer?.ok).toBe(false);
      expect(answer && !answer.ok && answer.message).toMatch(/does not exist or is not available to you/);
    }
    const stored = await storedAs(filing.id, id, author);
    expect(stored?.note).toBe("");
    expect(stored?.resolvedAt).toBeNull();
    expect(stored?.comments).toHaveLength(0);
  });

  it("a workspace note: a member may reply but not edit; only its author or the workspace owner deletes", async () => {
    const { filing, author, colleague, outsider, workspace, annotate } = await setting();
    const byColleague = await annotate(colleague, workspace.id);
    signInAs(outsider);
    expect((await addComment({ annotationId: byColleague.id, body: "hi" }))?.ok).toBe(false);
    signInAs(author);
    // The save answers with the note as the reader now shows it (the page is not rendered again).
    expect(await addComment({ annotationId: byColleague.id, body: "Seen." })).toMatchObject({
      ok: true,
      data: {
        annotation: { id: byColleague.id, comments: [{ bodyHtml: "<p>Seen.</p>\n", authorName: "author" }] },
      },
    });
    const edit = await editAnnotation({ id: byColleague.id, version: 1, label: "Note", note: "mine now" });
    expect(edit && !edit.ok && edit.message).toBe("Only its author can edit a note.");
    expect((await storedAs(filing.id, byColleague.id, colleague))?.note).toBe("");
    // The workspace's owner (the author here) may delete a colleague's note in it.
    expect(await removeAnnotation({ id: byColleague.id })).toEqual({ ok: true });
    expect((await storedAs(filing.id, byColleague.id, colleague))?.note).toBeUndefined();

    const byOwner = await annotate(author, workspace.id);
    signInAs(colleague);
    const refused = await removeAnnotation({ id: byOwner.id });
    expect(refused && !refused.ok && refused.message).toBe(
      "Only its author or the workspace's owner can delete a note.",
    );
    expect((await storedAs(filing.id, byOwner.id, author))?.note).toBe("");
  });

  it("a note cannot be shared with a workspace its author is not in, and nothing is stored", async () => {
    const { filing, at, outsider, workspace } = await setting();
    signInAs(outsider);
    const answer = await createAnnotation({
      filingSlug: filing.slug,
      start: at,
      end: at + 14,
      label: "Note",
      visibility: workspace.id,
    });
    expect(answer?.ok).toBe(false);
    expect(
      await listFilingAnnotations({ filingId: filing.id, viewer: await getViewer({ userId: outsider }) }),
    ).toEqual([]);
    signInAs(null);
    const signedOut = await createAnnotation({
      filingSlug: filing.slug,
      start: at,
      end: at + 14,
      label: "Note",
    });
    expect(signedOut && !signedOut.ok && signedOut.message).toBe("Sign in to annotate.");
  });
});

describe("the live feed", () => {
  /** Reads the feed as `userId` until `until` appears in it, then stops it. */
  async function readFeed(slug: string, userId: string, until: string): Promise<string> {
    signInAs(userId);
    const abort = new AbortController();
    const response = await liveFeed(
      new Request(`http://test/api/filings/${slug}/events?after=0`, { signal: abort.signal }),
      {
        params: Promise.resolve({ slug }),
      },
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(until)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    abort.abort();
    return text;
  }

  it("carries a private note's events to its author only, a workspace note's to members only", async () => {
    const { filing, author, colleague, outsider, workspace, annotate } = await setting();
    const secret = await annotate(author, null);
    const shared = await annotate(author, workspace.id);
    const outsiders = await annotate(outsider, null);
    const lastByAuthor = await annotate(author, null);

    // Each reads on past where a leaked event would have come (events arrive in order).
    const colleagueSees = await readFeed(filing.slug, colleague, shared.id);
    expect(colleagueSees).toContain(shared.id);
    expect(colleagueSees).not.toContain(secret.id);

    const outsiderSees = await readFeed(filing.slug, outsider, outsiders.id);
    expect(outsiderSees).toContain(outsiders.id);
    expect(outsiderSees).not.toContain(secret.id);
    expect(outsiderSees).not.toContain(shared.id);

    const authorSees = await readFeed(filing.slug, author, lastByAuthor.id);
    expect(authorSees).toContain(secret.id);
    expect(authorSees).toContain(shared.id);
    expect(authorSees).not.toContain(outsiders.id);
  });

  it("gives a stream's slot back when its reader cancels it, even with no abort", async () => {
    const { filing, author } = await setting();
    signInAs(author);
    const open = () =>
      liveFeed(new Request(`http://test/api/filings/${filing.slug}/events`), {
        params: Promise.resolve({ slug: filing.slug }),
      });
    // Twice the per-user limit, one after another, each cancelled by its reader.
    const statuses: number[] = [];
    for (let i = 0; i < 2 * env.MARGINALIA_STREAMS_PER_USER; i++) {
      const response = await open();
      statuses.push(response.status);
      await response.body?.cancel();
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it("refuses a signed-out visitor", async () => {
    const { filing } = await setting();
    signInAs(null);
    const response = await liveFeed(new Request(`http://test/api/filings/${filing.slug}/events`), {
      params: Promise.resolve({ slug: filing.slug }),
    });
    expect(response.status).toBe(401);
  });
});

describe("server actions with any input", () => {
  it("answer odd input with a state (never a throw) and store exactly what they accept", async () => {
    const { filing, analysis, author, annotate } = await setting();
    const { id } = await annotate(author, null);
    signInAs(author);
    const anyNumber = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(analysis.text.length),
      fc.integer({ min: 0, max: 60_000 }),
    );
    const labels = fc.oneof(fc.constantFrom("Risk", "Note", "Question", "Figure"), anyText);
    let created = 0;
    let replies = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          filingSlug: fc.oneof(fc.constant(filing.slug), anyText),
          start: anyNumber,
          end: anyNumber,
          label: labels,
          note: anyText,
          tags: fc.array(anyText, { maxLength: 12 }),
          visibility: fc.oneof(fc.constant("private"), anyText),
        }),
        anyText,
        fc.oneof(fc.constant(id), anyText),
        async (input, reply, annotationId) => {
          const answer = await createAnnotation(input as never);
          expect(answer).not.toBeNull();
          if (answer?.ok) created++;
          else expect(answer?.message).toMatch(/\S/);
          const replied = await addComment({
            annotationId,
            body: reply,
          });
          if (replied?.ok) replies++;
          else expect(replied?.message).toMatch(/\S/);
          const edited = await editAnnotation({ id, version: 999, label: input.label as never, note: reply });
          expect(edited?.ok).toBe(false); // a stale version never overwrites
        },
      ),
      { numRuns: 40 },
    );
    const stored = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: author }),
    });
    expect(stored).toHaveLength(1 + created);
    expect(stored.find((annotation) => annotation.id === id)?.comments).toHaveLength(replies);
    expect(stored.find((annotation) => annotation.id === id)?.note).toBe("");
    for (const annotation of stored) expect(annotation.note.includes("\u0000")).toBe(false);
  });
});

describe("@mentions in a note's own text", () => {
  it("tell a colleague who may read the note, on create and on an edit that adds them, once; nobody else", async () => {
    const { filing, at, author, colleague, outsider, workspace } = await setting();
    const handle = async (userId: string) =>
      `@${handleOf((await db().user.findUniqueOrThrow({ where: { id: userId } })).email)}`;
    const forYou = async (userId: string) =>
      (await listMentionsForUser({ viewer: await getViewer({ userId }), limit: 10 })).map((m) => [
        m.in,
        m.text,
      ]);
    signInAs(author);
    const create = (note: string, visibility: string) =>
      createAnnotation({
        filingSlug: filing.slug,
        start: at,
        end: at + 14,
        label: "Question",
        note,
        visibility,
      });

    // Shared with the workspace: the colleague is told; the outsider and the author are not.
    const shared = `${await handle(colleague)} ${await handle(outsider)} ${await handle(author)} why the drop?`;
    const made = await create(shared, workspace.id);
    expect(made?.ok).toBe(true);
    expect(await forYou(colleague)).toEqual([["note", shared]]);
    expect(await forYou(outsider)).toEqual([]);
    expect(await forYou(author)).toEqual([]);

    // A private note tells nobody: nobody else may read it.
    const privateNote = `${await handle(colleague)} private thought`;
    expect((await create(privateNote, "private"))?.ok).toBe(true);
    expect(await forYou(colleague)).toEqual([["note", shared]]);

    // An edit that names the colleague again tells them nothing new.
    if (!made?.ok) throw new Error("not created");
    const edited = await editAnnotation({
      id: made.data.id,
      version: 1,
      label: "Question",
      note: `${shared} (edited)`,
    });
    expect(edited?.ok).toBe(true);
    expect(await db().mention.count({ where: { annotationId: made.data.id } })).toBe(1);
  });
});
