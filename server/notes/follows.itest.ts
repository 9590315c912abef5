/**
 * Following a filing or a workspace, through the notes core as both paths call it: others'
 * new notes, replies and resolutions reach the followers who may read them ("For you" and the
 * header's count), never the actor, never twice for one who is also @mentioned, and never
 * about a private note. With MARGINALIA_SMTP_URL unset (as here) no email is queued.
 */
import { describe, expect, it, vi } from "vitest";
import { handleOf } from "@/lib/threads/handles";
import { addWorkspaceMember } from "@/server/data/add-workspace-member";
import { countUnreadForYou } from "@/server/data/count-unread-for-you";
import { createFollow } from "@/server/data/create-follow";
import { deleteFollow } from "@/server/data/delete-follow";
import { getViewer } from "@/server/data/get-viewer";
import { listFollowNoticesForUser } from "@/server/data/list-follow-notices-for-user";
import { listMentionsForUser } from "@/server/data/list-mentions-for-user";
import { removeWorkspaceMember } from "@/server/data/remove-workspace-member";
import { db } from "@/server/db";
import { createTeamSetting, createTestUser } from "@/server/testing/fixtures";
import { createNote } from "./create-note";
import { replyToNote } from "./reply-to-note";
import { resolveNote } from "./resolve-note";

const queued = vi.hoisted(() => ({ emails: 0 }));
vi.mock("@/server/jobs/job-queue", () => ({
  queueNoteEmails: async (options: { emails: unknown[] }) => {
    queued.emails += options.emails.length;
  },
}));

/** A team setting with a fourth person, `member`, in the workspace too; everyone's viewer. */
async function setting() {
  const team = await createTeamSetting();
  const member = await createTestUser("member");
  await addWorkspaceMember({ workspaceId: team.workspace.id, userId: member });
  const quote = "¥5,025 million";
  const start = team.analysis.text.indexOf(quote);
  const note = async (authorId: string, workspaceId: string | null, text = "") =>
    createNote({
      viewer: await getViewer({ userId: authorId }),
      filingSlug: team.filing.slug,
      target: { kind: "range", start, end: start + quote.length },
      workspaceId,
      label: "Note",
      note: text,
      tags: [],
    });
  const told = async (userId: string) =>
    (await listFollowNoticesForUser({ viewer: await getViewer({ userId }), limit: 50 })).map((notice) =>
      `${notice.actorName} ${notice.kind} ${notice.text}`.trim(),
    );
  return { ...team, member, note, told };
}

describe("following a filing or a workspace", () => {
  it("tells followers of the filing who may read a shared note, never of a private one, never the actor", async () => {
    const { filing, author, colleague, outsider, workspace, member, note, told } = await setting();
    for (const userId of [author, colleague, outsider])
      await createFollow({ userId, target: { filingSlug: filing.slug } });

    // A private note: only its author may read it, and the author is not told of their own.
    const secret = await note(author, null, "private thoughts");
    await replyToNote({
      viewer: await getViewer({ userId: author }),
      annotationId: secret.id,
      parentId: null,
      body: "more",
    });
    await resolveNote({
      viewer: await getViewer({ userId: author }),
      annotationId: secret.id,
      resolved: true,
    });
    for (const userId of [author, colleague, outsider, member]) expect(await told(userId)).toEqual([]);

    // Shared with the workspace: the colleague (a member following the filing) is told; the
    // outsider follows the filing but may not read it; the member reads it but follows nothing.
    const shared = await note(author, workspace.id, "Why the drop?");
    await replyToNote({
      viewer: await getViewer({ userId: colleague }),
      annotationId: shared.id,
      parentId: null,
      body: "Because of the impairment.",
    });
    await resolveNote({
      viewer: await getViewer({ userId: author }),
      annotationId: shared.id,
      resolved: true,
    });
    await resolveNote({
      viewer: await getViewer({ userId: author }),
      annotationId: shared.id,
      resolved: false,
    });

    expect(await told(colleague)).toEqual(["author resolved", "author note Why the drop?"]);
    // The author follows the filing too: told of the colleague's reply, not of their own doings.
    expect(await told(author)).toEqual(["colleague reply Because of the impairment."]);
    expect(await told(outsider)).toEqual([]);
    expect(await told(member)).toEqual([]);
    expect((await countUnreadForYou({ userId: colleague, limit: 10 })).follows).toBe(2);
    const [latest] = await listFollowNoticesForUser({
      viewer: await getViewer({ userId: colleague }),
      limit: 1,
    });
    expect(latest?.note).toMatchObject({ id: shared.id, exact: "¥5,025 million" });
    expect(latest?.note.filing).toMatchObject({ company: "IIJ", form: "20-F", fiscalYear: 2008 });
    expect(queued.emails).toBe(0);
  });

  it("tells followers of a workspace of its shared notes, on any filing, until they unfollow or leave", async () => {
    const { author, colleague, outsider, workspace, member, note, told } = await setting();
    await createFollow({ userId: member, target: { workspaceId: workspace.id } });
    // Following a workspace one is not in tells one nothing (the action refuses it anyway).
    await createFollow({ userId: outsider, target: { workspaceId: workspace.id } });

    const shared = await note(colleague, workspace.id, "Look here");
    await note(author, null, "mine alone");
    expect(await told(member)).toEqual(["colleague note Look here"]);
    expect(await told(outsider)).toEqual([]);

    // Unfollowed: nothing more.
    await deleteFollow({ userId: member, target: { workspaceId: workspace.id } });
    await replyToNote({
      viewer: await getViewer({ userId: author }),
      annotationId: shared.id,
      parentId: null,
      body: "ok",
    });
    expect(await told(member)).toEqual(["colleague note Look here"]);

    // Out of the workspace, what was told is no longer theirs to read.
    await removeWorkspaceMember({ workspaceId: workspace.id, userId: member });
    expect(await told(member)).toEqual([]);
    expect((await countUnreadForYou({ userId: member, limit: 10 })).follows).toBe(0);
  });

  it("tells one who is both @mentioned and following once, by the mention", async () => {
    const { filing, author, colleague, workspace, note, told } = await setting();
    await createFollow({ userId: colleague, target: { filingSlug: filing.slug } });
    await createFollow({ userId: colleague, target: { workspaceId: workspace.id } });
    const handle = handleOf(
      (await db().user.findUniqueOrThrow({ where: { id: colleague }, select: { email: true } })).email,
    );

    const shared = await note(author, workspace.id, `@${handle} have a look`);
    await replyToNote({
      viewer: await getViewer({ userId: author }),
      annotationId: shared.id,
      parentId: null,
      body: `@${handle} and this`,
    });
    await replyToNote({
      viewer: await getViewer({ userId: author }),
      annotationId: shared.id,
      parentId: null,
      body: "plain",
    });

    const mentions = await listMentionsForUser({ viewer: await getViewer({ userId: colleague }), limit: 10 });
    expect(mentions.map((mention) => mention.in).sort()).toEqual(["note", "reply"]);
    // Followed twice over (filing and workspace), told once: of the reply that names nobody.
    expect(await told(colleague)).toEqual(["author reply plain"]);
  });
});
