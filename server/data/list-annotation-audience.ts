import "server-only";
import { db } from "../db";

/**
 * The people who can see an annotation: its author, and the members of the workspace it is
 * shared with — whom a comment on it may @mention.
 */
export async function listAnnotationAudience(options: { annotationId: string }) {
  const annotation = await db().annotation.findUnique({
    where: { id: options.annotationId },
    select: {
      author: { select: { id: true, name: true, email: true } },
      workspace: {
        select: { members: { select: { user: { select: { id: true, name: true, email: true } } } } },
      },
    },
  });
  if (!annotation) return [];
  const people = new Map([[annotation.author.id, annotation.author]]);
  for (const member of annotation.workspace?.members ?? []) people.set(member.user.id, member.user);
  return [...people.values()];
}
