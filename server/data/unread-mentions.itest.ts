import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTeamNotes } from "../testing/fixtures";
import { countUnreadForYou } from "./count-unread-for-you";
import { createComment } from "./create-comment";
import { getViewer } from "./get-viewer";
import { listMentionsForUser } from "./list-mentions-for-user";
import { markMentionsSeen } from "./mark-mentions-seen";
import { removeWorkspaceMember } from "./remove-workspace-member";
import { updateComment } from "./update-comment";

// The header's badge: mentions the user has not seen in their "For you" list yet.
describe("unread mentions", () => {
  it("counts mentions after the list was last seen, on notes the user may still see", async () => {
    const { author, colleague, shared, workspace } = await createTeamNotes();
    const unread = async () => (await countUnreadForYou({ userId: colleague, limit: 10 })).mentions;
    const mention = (body: string) =>
      createComment({
        annotationId: shared.id,
        authorId: author,
        parentId: null,
        body,
        mentionedUserIds: [colleague],
      });

    expect(await unread()).toBe(0);
    const first = await mention("@colleague one");
    const second = await mention("@colleague two");
    expect(await unread()).toBe(2);

    // Seen up to the first (the second a second later): the second stays unread.
    const { createdAt } = await db().mention.findFirstOrThrow({ where: { commentId: first.id } });
    await db().mention.updateMany({
      where: { commentId: second.id },
      data: { createdAt: new Date(createdAt.getTime() + 1000) },
    });
    await markMentionsSeen({ userId: colleague, seenAt: createdAt });
    expect(await unread()).toBe(1);
    // The count is what the "For you" list shows (one rule, its SQL and its Prisma forms).
    const listed = async () =>
      (await listMentionsForUser({ viewer: await getViewer({ userId: colleague }), limit: 10 })).length;
    expect(await listed()).toBe(2);

    // A deleted reply's mention is no longer counted, nor listed.
    await updateComment({
      id: second.id,
      annotationId: shared.id,
      authorId: author,
      expectedVersion: 1,
      body: null,
    });
    expect(await unread()).toBe(0);
    expect(await listed()).toBe(1);
    const third = await mention("@colleague three");
    await db().mention.updateMany({
      where: { commentId: third.id },
      data: { createdAt: new Date(createdAt.getTime() + 2000) },
    });
    expect(await unread()).toBe(1);

    // Out of the workspace, the note and its mentions are no longer theirs to read.
    await removeWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
    expect(await unread()).toBe(0);
    expect(await listed()).toBe(0);
  });
});
