import "server-only";
import { z } from "zod";
import { EMAIL_KINDS } from "@/lib/notify/email-preferences";

/** One email to send, as queued (the note-email queue): who, why, about what. */
export const noteEmailJobSchema = z.object({
  kind: z.enum(EMAIL_KINDS),
  event: z.enum(["note", "reply", "resolved"]),
  recipientId: z.string().min(1),
  actorId: z.string().min(1),
  annotationId: z.uuid(),
  commentId: z.uuid().nullable(),
});
export type NoteEmailJob = z.infer<typeof noteEmailJobSchema>;
