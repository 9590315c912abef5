import "server-only";
import { preferenceOf } from "@/lib/notify/email-preferences";
import { composeNoteEmail } from "@/lib/notify/note-email";
import { canSeeAnnotation } from "@/lib/permissions/annotation-access";
import { getNoteEmailFacts } from "@/server/data/get-note-email-facts";
import { getViewer } from "@/server/data/get-viewer";
import { env } from "@/server/env";
import { mailTransport } from "./mail-transport";
import type { NoteEmailJob } from "./note-email-job";
import { unsubscribeLinks } from "./unsubscribe-links";

/**
 * Sends one queued email about a note, deciding at sending time: nothing when mail is off, the
 * recipient turned that kind off (an unsubscribe since it was queued), may no longer read the
 * note, or the note or reply is gone. A failing mail server throws (the queue retries).
 */
export async function deliverNoteEmail(
  job: NoteEmailJob,
): Promise<"sent" | "mail-off" | "unsubscribed" | "not-visible" | "gone"> {
  const smtpUrl = env.MARGINALIA_SMTP_URL;
  if (!smtpUrl) return "mail-off";
  const facts = await getNoteEmailFacts({
    recipientId: job.recipientId,
    actorId: job.actorId,
    annotationId: job.annotationId,
    commentId: job.commentId,
  });
  if (!facts) return "gone";
  const { recipient, actor, annotation, comment } = facts;
  if (!recipient[preferenceOf(job.kind)]) return "unsubscribed";
  if (!canSeeAnnotation(await getViewer({ userId: recipient.id }), annotation)) return "not-visible";
  const unsubscribe = unsubscribeLinks({ userId: recipient.id, kind: job.kind });
  const email = composeNoteEmail({
    kind: job.kind,
    event: job.event,
    actorName: actor.name,
    filing: annotation.filing,
    quote: annotation.exact,
    text: job.event === "reply" ? (comment?.body ?? "") : job.event === "note" ? annotation.note : "",
    passageUrl: `${env.baseUrl}/a/${annotation.id}`,
    unsubscribePageUrl: unsubscribe.page,
    unsubscribePostUrl: unsubscribe.post,
  });
  await mailTransport(smtpUrl).sendMail({
    from: env.mailFrom,
    to: { name: recipient.name, address: recipient.email },
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
  });
  return "sent";
}
