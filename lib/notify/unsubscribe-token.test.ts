import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, signUnsubscribeToken } from "./unsubscribe-token";

const secret = "a-test-secret-of-at-least-32-characters!";

describe("unsubscribe tokens", () => {
  it("name the user and the kind of email they were made for", () => {
    const token = signUnsubscribeToken({ userId: "user-1", kind: "mention", secret });
    expect(token).toMatch(/^[\w-]+\.mention\.[\w-]{43}$/);
    expect(readUnsubscribeToken({ token, secret })).toEqual({ userId: "user-1", kind: "mention" });
    const follow = signUnsubscribeToken({ userId: "user-1", kind: "follow", secret });
    expect(readUnsubscribeToken({ token: follow, secret })).toEqual({ userId: "user-1", kind: "follow" });
  });

  it("are refused when tampered with, made for another kind or user, or signed with another secret", () => {
    const token = signUnsubscribeToken({ userId: "user-1", kind: "mention", secret });
    const [user, , signature] = token.split(".") as [string, string, string];
    // The same signature cannot be moved to the other kind, nor to another user.
    expect(readUnsubscribeToken({ token: `${user}.follow.${signature}`, secret })).toBeNull();
    const other = Buffer.from("user-2").toString("base64url");
    expect(readUnsubscribeToken({ token: `${other}.mention.${signature}`, secret })).toBeNull();
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    expect(readUnsubscribeToken({ token: `${user}.mention.${flipped}`, secret })).toBeNull();
    expect(readUnsubscribeToken({ token, secret: `${secret}-other` })).toBeNull();
    for (const junk of ["", "a.b", "a.mention.b.c", `${user}.digest.${signature}`, `${user}.mention.short`])
      expect(readUnsubscribeToken({ token: junk, secret })).toBeNull();
  });
});
