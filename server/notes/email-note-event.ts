import "server-only";
import type { FollowEventKind } from "@/lib/notify/follow";
import { listEmailRecipients } from "@/server/data/list-email-recipients";
import { env } from "@/server/env";
import { queueNoteEmails } from "@/server/jobs/job-queue";
import type { NoteEmailJob } from "@/server/mail/note-email-job";

/**
 * After a note change is committed: queues an email for each person it was told to who asked
 * for that kind (mentioned: "mention"; following: "follow") — a background job each, sent and
 * retried apart from the request. With MARGINALIA_SMTP_URL unset nothing is queued. Never
 * throws: the change is already saved, and an email that cannot be queued is logged, not the
 * user's failure.
 */
export async function emailNoteEvent(options: {
  event: FollowEventKind;
  actorId: string;
  annotationId: string;
  commentId: string | null;
  mentionedUserIds: readonly string[];
  followerIds: readonly string[];
}): Promise<void> {
  if (!env.MARGINALIA_SMTP_URL) return;
  try {
    const [mentioned, following] = await Promise.all([
      listEmailRecipients({ userIds: options.mentionedUserIds, kind: "mention" }),
      listEmailRecipients({ userIds: options.followerIds, kind: "follow" }),
    ]);
    const about = {
      event: options.event,
      actorId: options.actorId,
      annotationId: options.annotationId,
      commentId: options.commentId,
    };
    const emails: NoteEmailJob[] = [
      ...mentioned.map((recipientId) => ({ ...about, kind: "mention" as const, recipientId })),
      ...following.map((recipientId) => ({ ...about, kind: "follow" as const, recipientId })),
    ];
    await queueNoteEmails({ emails });
  } catch (error) {
    console.error(
      `emails about note ${options.annotationId} not queued: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
