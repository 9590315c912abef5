import { describe, expect, it } from "vitest";
import { INVITE_LIFETIME_MS, inviteIsValid, workspaceNameSchema } from "./schemas";

describe("workspaces", () => {
  it("accepts invites until they expire", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(inviteIsValid({ expiresAt: new Date(now.getTime() + INVITE_LIFETIME_MS) }, now)).toBe(true);
    expect(inviteIsValid({ expiresAt: now }, now)).toBe(false);
    expect(inviteIsValid(null, now)).toBe(false);
  });
  it("needs a name of at most 80 characters", () => {
    expect(workspaceNameSchema.safeParse({ name: "  " }).success).toBe(false);
    expect(workspaceNameSchema.safeParse({ name: "x".repeat(81) }).success).toBe(false);
    expect(workspaceNameSchema.parse({ name: " Desk " }).name).toBe("Desk");
  });
});
