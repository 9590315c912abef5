import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { currentUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { createTestUser } from "@/server/testing/fixtures";
import { userAction } from "./user-action";

vi.mock("@/server/auth", () => ({ currentUser: vi.fn() }));
afterEach(() => vi.mocked(currentUser).mockResolvedValue(null));

// What every signed-in action does, done once: the session, the write limit, the input's
// schema, and expected failures answered by message (a raw error never reaches the user).
describe("a signed-in server action", () => {
  const echo = userAction(
    { schema: z.object({ word: z.string().min(2, "Too short.") }), signedOut: "Sign in to echo." },
    async (input, user) => {
      if (input.word === "boom") throw new AppError("conflict", "That word is taken.");
      if (input.word === "crash") throw new Error("database is on fire");
      return { ok: true, data: { said: `${user.id}:${input.word}` } };
    },
  );

  it("answers a visitor, bad input, an AppError and a success as states; rethrows the unexpected", async () => {
    vi.mocked(currentUser).mockResolvedValue(null);
    expect(await echo({ word: "hi" })).toMatchObject({ ok: false, message: "Sign in to echo." });
    const userId = await createTestUser("echo");
    vi.mocked(currentUser).mockResolvedValue({ id: userId, name: "Echo" } as never);
    expect(await echo({ word: "h" })).toMatchObject({ ok: false, fieldErrors: { word: ["Too short."] } });
    expect(await echo({ word: "boom" })).toMatchObject({ ok: false, message: "That word is taken." });
    await expect(echo({ word: "crash" })).rejects.toThrow("database is on fire");
    expect(await echo({ word: "hello" })).toEqual({ ok: true, data: { said: `${userId}:hello` } });
  });
});
