import { filingTitle } from "@/lib/filing/format-metadata";
import { describeEmailKind, type EmailKind } from "./email-preferences";
import { followEventVerb, type FollowEventKind } from "./follow";

/** What an email about a note says, as the delivery job read it. */
export interface NoteEmailFacts {
  /** Why the recipient is told: named in it, or following the filing or workspace. */
  kind: EmailKind;
  /** What happened: a new note, a reply, a resolution. */
  event: FollowEventKind;
  actorName: string;
  filing: { company: string; form: string; fiscalYear: number | null; tickers?: readonly string[] };
  /** The passage the note is on. */
  quote: string;
  /** The note's or the reply's Markdown, as written (empty for a resolution). */
  text: string;
  /** Absolute link to the passage with its thread (/a/<id>). */
  passageUrl: string;
  /** Absolute link to the page that turns this kind of email off. */
  unsubscribePageUrl: string;
  /** Absolute URL a mail client POSTs to for one-click unsubscribe (RFC 8058). */
  unsubscribePostUrl: string;
}

/** A composed email: subject, plain text, HTML and the list headers. */
export interface ComposedEmail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Everything a user typed goes into HTML as text: notes may hold tags and scripts. */
function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** One line (a subject, a name): no line breaks, however the name was typed. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

/** "Ann mentioned you on IIJ 20-F 2008", "Ann replied on IIJ 20-F 2008". */
function noteEmailSubject(facts: Pick<NoteEmailFacts, "kind" | "event" | "actorName" | "filing">): string {
  const what = facts.kind === "mention" ? "mentioned you" : followEventVerb(facts.event);
  return oneLine(`${facts.actorName} ${what} on ${filingTitle(facts.filing)}`);
}

/**
 * The email telling someone of a mention or of a change in what they follow: plain text and
 * simple HTML (every piece of user text escaped), an absolute link to the passage, and an
 * unsubscribe link both in the body and as List-Unsubscribe with one-click POST.
 */
export function composeNoteEmail(facts: NoteEmailFacts): ComposedEmail {
  const subject = noteEmailSubject(facts);
  const quote = oneLine(facts.quote);
  const text = facts.text.trim();
  const why = `You get this email because you turned on ${describeEmailKind(facts.kind)} in Marginalia.`;
  const plain = [
    `${subject}:`,
    "",
    `> ${quote}`,
    ...(text ? ["", text] : []),
    "",
    `Open the passage: ${facts.passageUrl}`,
    "",
    "--",
    why,
    `Unsubscribe: ${facts.unsubscribePageUrl}`,
    "",
  ].join("\n");
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const html = [
    "<!doctype html>",
    '<html><body style="font-family: sans-serif; line-height: 1.5; color: #1c1917">',
    `<p><strong>${escapeHtml(subject)}</strong></p>`,
    `<blockquote style="margin: 0; padding-left: 12px; border-left: 3px solid #d6d3d1; font-style: italic">${escapeHtml(quote)}</blockquote>`,
    paragraphs,
    `<p><a href="${escapeHtml(facts.passageUrl)}">Open the passage</a></p>`,
    `<hr><p style="font-size: 12px; color: #57534e">${escapeHtml(why)} <a href="${escapeHtml(facts.unsubscribePageUrl)}">Unsubscribe</a></p>`,
    "</body></html>",
    "",
  ].join("\n");
  return {
    subject,
    text: plain,
    html,
    headers: {
      "List-Unsubscribe": `<${facts.unsubscribePostUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
