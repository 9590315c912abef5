/**
 * Emails about notes through a real SMTP conversation: an SMTP server (smtp-server) runs in
 * this process on a free port, the app's queue (pg-boss on this test's database) sends to it
 * through nodemailer, and the messages it received are read back: recipient, subject, the
 * link to the passage, the unsubscribe link and header, user text escaped. Unsubscribing by
 * the one-click POST turns that kind off without a session, and no more such mail is sent.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as openUnsubscribe, POST as unsubscribe } from "@/app/api/unsubscribe/route";
import { handleOf } from "@/lib/threads/handles";
import { addWorkspaceMember } from "@/server/data/add-workspace-member";
import { createFollow } from "@/server/data/create-follow";
import { getEmailPreferences } from "@/server/data/get-email-preferences";
import { getViewer } from "@/server/data/get-viewer";
import { updateEmailPreferences } from "@/server/data/update-email-preferences";
import { db } from "@/server/db";
import { NOTE_EMAIL_QUEUE, startJobWorkers, stopJobQueue } from "@/server/jobs/job-queue";
import { runNoteEmail } from "@/server/jobs/run-note-email";
import { createNote } from "@/server/notes/create-note";
import { replyToNote } from "@/server/notes/reply-to-note";
import { createTeamSetting, createTestUser } from "@/server/testing/fixtures";
import { deliverNoteEmail } from "./deliver-note-email";

const BASE = "https://marginalia.test";
const mail = vi.hoisted(() => ({ url: "" }));
vi.mock("@/server/env", async (importOriginal) => {
  const { envWithOverrides } = await import("@/server/testing/env-overrides");
  return envWithOverrides(await importOriginal<typeof import("@/server/env")>(), {
    MARGINALIA_SMTP_URL: () => mail.url,
    baseUrl: () => "https://marginalia.test",
    mailFrom: () => "Marginalia <no-reply@marginalia.test>",
    // A secret of the test's own, so nothing is written into a data folder.
    BETTER_AUTH_SECRET: () => "a-secret-for-the-mail-tests-32-characters",
  });
});

const received: ParsedMail[] = [];
let smtp: SMTPServer;
beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => received.push(parsed))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  mail.url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  await startJobWorkers({ [NOTE_EMAIL_QUEUE]: runNoteEmail });
});
afterAll(async () => {
  await stopJobQueue();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const to = (message: ParsedMail) =>
  (Array.isArray(message.to) ? message.to[0] : message.to)?.value[0]?.address;
const mailTo = (email: string) => received.filter((message) => to(message) === email);

describe("emails about notes", () => {
  it("sends followers and the mentioned an email linking to the passage, and unsubscribing stops it", async () => {
    const { filing, analysis, author, colleague, workspace } = await createTeamSetting();
    const named = await createTestUser("named");
    await addWorkspaceMember({ workspaceId: workspace.id, userId: named });
    const [colleagueEmail, namedEmail] = (await Promise.all(
      [colleague, named].map(
        async (id) => (await db().user.findUniqueOrThrow({ where: { id }, select: { email: true } })).email,
      ),
    )) as [string, string];
    await createFollow({ userId: colleague, target: { filingSlug: filing.slug } });
    await updateEmailPreferences({ userId: colleague, emailOnFollow: true });
    await updateEmailPreferences({ userId: named, emailOnMention: true });

    const quote = "¥5,025 million";
    const start = analysis.text.indexOf(quote);
    const viewer = await getViewer({ userId: author });
    const note = await createNote({
      viewer,
      filingSlug: filing.slug,
      target: { kind: "range", start, end: start + quote.length },
      workspaceId: workspace.id,
      label: "Question",
      note: "Why?",
      tags: [],
    });
    await replyToNote({
      viewer,
      annotationId: note.id,
      parentId: null,
      body: "Look: <script>alert('pwned')</script> & <b>bold</b>",
    });

    // The follower gets one email for the note and one for the reply.
    await expect.poll(() => mailTo(colleagueEmail).length, { timeout: 30_000, interval: 100 }).toBe(2);
    const reply = mailTo(colleagueEmail).find((message) => message.subject?.includes("replied"));
    expect(reply?.subject).toBe("author replied on IIJ 20-F 2008");
    expect(
      mailTo(colleagueEmail)
        .map((message) => message.subject)
        .sort(),
    ).toEqual(["author added a note on IIJ 20-F 2008", "author replied on IIJ 20-F 2008"]);
    const html = String(reply?.html);
    expect(reply?.text).toContain(`${BASE}/a/${note.id}`);
    expect(html).toContain(`href="${BASE}/a/${note.id}"`);
    expect(reply?.text).toContain("> ¥5,025 million");
    // The note's markup arrives as text, never as markup.
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain(
      "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;",
    );
    expect(reply?.text).toContain("Look: <script>alert('pwned')</script> & <b>bold</b>");
    const page = /Unsubscribe: (\S+)/.exec(reply?.text ?? "")?.[1];
    expect(page).toMatch(new RegExp(`^${BASE}/unsubscribe\\?token=[\\w.%-]+\\.follow\\.`));
    expect(html).toContain(`href="${page}"`);
    const header = (name: string) =>
      reply?.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "");
    const oneClick = /^<(.+)>$/.exec(header("list-unsubscribe") ?? "")?.[1];
    expect(oneClick).toBe(page!.replace("/unsubscribe?", "/api/unsubscribe?"));
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    // A tampered link changes nothing.
    const tampered = await unsubscribe(
      new Request(oneClick!.replace(".follow.", ".mention."), {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(tampered.status).toBe(400);
    expect(await getEmailPreferences({ userId: colleague })).toMatchObject({ emailOnFollow: true });

    // The mail client's one-click POST, with no session: follow emails off, nothing else.
    const done = await unsubscribe(
      new Request(oneClick!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(done.status).toBe(200);
    expect(await getEmailPreferences({ userId: colleague })).toEqual({
      emailOnFollow: false,
      emailOnMention: false,
    });

    // The next reply names a colleague who wants mentions: that email arrives; the unsubscribed
    // follower's never does (not queued; and refused at sending, were one already waiting).
    const handle = handleOf(namedEmail);
    const mention = await replyToNote({
      viewer,
      annotationId: note.id,
      parentId: null,
      body: `@${handle} see`,
    });
    await expect.poll(() => mailTo(namedEmail).length, { timeout: 30_000, interval: 100 }).toBe(1);
    expect(mailTo(namedEmail)[0]?.subject).toBe("author mentioned you on IIJ 20-F 2008");
    expect(mailTo(namedEmail)[0]?.text).toContain(`${BASE}/unsubscribe?token=`);
    expect(
      await deliverNoteEmail({
        kind: "follow",
        event: "reply",
        recipientId: colleague,
        actorId: author,
        annotationId: note.id,
        commentId: mention.commentId,
      }),
    ).toBe("unsubscribed");
    expect(mailTo(colleagueEmail)).toHaveLength(2);

    // The mention email's link, as a person uses it: opening it (or a scanner prefetching it)
    // changes nothing; the page's confirm button POSTs and is sent back to say it is done.
    const mentionPage = /Unsubscribe: (\S+)/.exec(mailTo(namedEmail)[0]?.text ?? "")?.[1];
    const post = mentionPage!.replace("/unsubscribe?", "/api/unsubscribe?");
    const opened = await openUnsubscribe(new Request(post));
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(mentionPage!.slice(BASE.length));
    expect(await getEmailPreferences({ userId: named })).toMatchObject({ emailOnMention: true });
    const confirmed = await unsubscribe(new Request(post, { method: "POST" }));
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/unsubscribe?done=mention");
    expect(await getEmailPreferences({ userId: named })).toMatchObject({ emailOnMention: false });
  });
});
