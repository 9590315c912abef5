import "server-only";
import { db } from "../db";

/**
 * Who can read a note by `authorId` shared with `workspaceId` (or private, null): the author
 * and that workspace's members — whom its text may @mention.
 */
export async function listNoteAudience(options: { authorId: string; workspaceId: string | null }) {
  const people = await db().user.findMany({
    where: {
      OR: [
        { id: options.authorId },
        ...(options.workspaceId ? [{ memberships: { some: { workspaceId: options.workspaceId } } }] : []),
      ],
    },
    select: { id: true, name: true, email: true },
  });
  return people;
}
