import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createTeamNotes } from "../testing/fixtures";
import { countUnreadMentions } from "./count-unread-mentions";
import { createComment } from "./create-comment";
import { getViewer } from "./get-viewer";
import { markMentionsSeen } from "./mark-mentions-seen";
import { removeWorkspaceMember } from "./remove-workspace-member";

// The header's badge: mentions the user has not seen in their "For you" list yet.
describe("unread mentions", () => {
  it("counts mentions after the list was last seen, on notes the user may still see", async () => {
    const { author, colleague, shared, workspace } = await createTeamNotes();
    const unread = async () =>
      countUnreadMentions({ viewer: await getViewer({ userId: colleague }), limit: 10 });
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

    // Out of the workspace, the note and its mentions are no longer theirs to read.
    await removeWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
    expect(await unread()).toBe(0);
  });
});
