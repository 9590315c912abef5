import { describe, expect, it } from "vitest";
import { composeNoteEmail, type NoteEmailFacts } from "./note-email";

const facts: NoteEmailFacts = {
  kind: "mention",
  event: "reply",
  actorName: "Ann",
  filing: { company: "Internet Initiative Japan Inc.", form: "20-F", fiscalYear: 2008, tickers: ["IIJ"] },
  quote: "hi-ho for ¥1,230 million\n in cash",
  text: "Was this <script>alert('x')</script> paid in cash & shares?\n\nSecond <b>para</b>",
  passageUrl: "https://marginalia.example/a/0b9c7c1e-0000-4000-8000-000000000001",
  unsubscribePageUrl: "https://marginalia.example/unsubscribe?token=abc.mention.sig",
  unsubscribePostUrl: "https://marginalia.example/api/unsubscribe?token=abc.mention.sig",
};

describe("the email about a note", () => {
  it("says who did what on which filing in the subject", () => {
    expect(composeNoteEmail(facts).subject).toBe("Ann mentioned you on IIJ 20-F 2008");
    expect(composeNoteEmail({ ...facts, kind: "follow" }).subject).toBe("Ann replied on IIJ 20-F 2008");
    expect(composeNoteEmail({ ...facts, kind: "follow", event: "note" }).subject).toBe(
      "Ann added a note on IIJ 20-F 2008",
    );
    expect(
      composeNoteEmail({
        ...facts,
        kind: "follow",
        event: "resolved",
        filing: { ...facts.filing, tickers: [] },
      }).subject,
    ).toBe("Ann resolved a thread on Internet Initiative Japan Inc. 20-F 2008");
    // A name cannot break the subject onto a second header line.
    expect(composeNoteEmail({ ...facts, actorName: "Ann\r\nBcc: x@example.com" }).subject).toBe(
      "Ann Bcc: x@example.com mentioned you on IIJ 20-F 2008",
    );
  });

  it("escapes every piece of user text in the HTML, and keeps it as typed in the plain text", () => {
    const email = composeNoteEmail({ ...facts, actorName: "<img src=x onerror=alert(1)>" });
    expect(email.html).not.toMatch(/<script|<b>|<img/);
    expect(email.html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(email.html).toContain("cash &amp; shares");
    expect(email.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(email.text).toContain("Was this <script>alert('x')</script> paid in cash & shares?");
    expect(email.text).toContain("> hi-ho for ¥1,230 million in cash");
  });

  it("links to the passage and to unsubscribing, in the body and the list headers", () => {
    const email = composeNoteEmail(facts);
    expect(email.text).toContain(`Open the passage: ${facts.passageUrl}`);
    expect(email.text).toContain(`Unsubscribe: ${facts.unsubscribePageUrl}`);
    expect(email.text).toContain("emails when you are mentioned");
    expect(email.html).toContain(`<a href="${facts.passageUrl}">Open the passage</a>`);
    expect(email.html).toContain(`<a href="${facts.unsubscribePageUrl}">Unsubscribe</a>`);
    expect(email.headers).toEqual({
      "List-Unsubscribe": `<${facts.unsubscribePostUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(composeNoteEmail({ ...facts, kind: "follow" }).text).toContain("emails about what you follow");
  });
});
