import "server-only";
import type PgBoss from "pg-boss";
import { deliverNoteEmail } from "@/server/mail/deliver-note-email";
import { noteEmailJobSchema } from "@/server/mail/note-email-job";

/** Sends one email about a note (the worker of the `note-email` queue); a mail server's failure is retried. */
export async function runNoteEmail(job: PgBoss.JobWithMetadata<unknown>): Promise<{ outcome: string }> {
  const parsed = noteEmailJobSchema.safeParse(job.data);
  // A job this version cannot read is dropped, not retried: it would fail the same way each time.
  if (!parsed.success) return { outcome: "unreadable" };
  return { outcome: await deliverNoteEmail(parsed.data) };
}
