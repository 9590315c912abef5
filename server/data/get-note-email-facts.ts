import "server-only";
import { db } from "../db";

/**
 * What an email about a note needs, read when it is sent (not when it was queued): the
 * recipient (address, preferences), the actor's name, the note with its filing, and the reply
 * if the email is about one; null when the recipient, the note or the reply is gone.
 */
export async function getNoteEmailFacts(options: {
  recipientId: string;
  actorId: string;
  annotationId: string;
  commentId: string | null;
}) {
  const [recipient, actor, annotation, comment] = await Promise.all([
    db().user.findUnique({
      where: { id: options.recipientId },
      select: { id: true, email: true, name: true, emailOnMention: true, emailOnFollow: true },
    }),
    db().user.findUnique({ where: { id: options.actorId }, select: { name: true } }),
    db().annotation.findUnique({
      where: { id: options.annotationId },
      select: {
        id: true,
        authorId: true,
        workspaceId: true,
        exact: true,
        note: true,
        filing: { select: { company: true, form: true, fiscalYear: true, tickers: true } },
      },
    }),
    options.commentId
      ? db().comment.findFirst({
          where: { id: options.commentId, annotationId: options.annotationId, deletedAt: null },
          select: { body: true },
        })
      : null,
  ]);
  if (!recipient || !actor || !annotation || (options.commentId && !comment)) return null;
  return { recipient, actor, annotation, comment };
}
