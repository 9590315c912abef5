import "server-only";
import type { MentionOfReader } from "@/lib/library/types";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { visibleMentionsWhere } from "./annotation-visibility";

const noteFields = {
  id: true,
  exact: true,
  filing: { select: { company: true, form: true, fiscalYear: true } },
} as const;

/**
 * Recent replies and notes that @mention the viewer, on notes they may still see ("For you"),
 * newest first.
 */
export async function listMentionsForUser(options: {
  viewer: Viewer;
  limit: number;
}): Promise<MentionOfReader[]> {
  const rows = await db().mention.findMany({
    where: visibleMentionsWhere(options.viewer),
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: {
      id: true,
      createdAt: true,
      comment: {
        select: { body: true, author: { select: { name: true } }, annotation: { select: noteFields } },
      },
      annotation: { select: { ...noteFields, note: true, author: { select: { name: true } } } },
    },
  });
  return rows.flatMap((row): MentionOfReader[] => {
    if (row.comment)
      return [
        {
          id: row.id,
          createdAt: row.createdAt,
          in: "reply",
          text: row.comment.body,
          authorName: row.comment.author.name,
          note: row.comment.annotation,
        },
      ];
    if (row.annotation) {
      const { note, author, ...shown } = row.annotation;
      return [
        {
          id: row.id,
          createdAt: row.createdAt,
          in: "note",
          text: note,
          authorName: author.name,
          note: shown,
        },
      ];
    }
    return [];
  });
}
