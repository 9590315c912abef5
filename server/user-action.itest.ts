import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { currentUser } from "@/server/auth";
import { AppError } from "@/server/errors";
import { createTestUser } from "@/server/testing/fixtures";
import { userAction, userFormAction } from "./user-action";

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

  it("a form's action hands the typed fields back on failure, and an AppError's field errors", async () => {
    const rename = userFormAction(
      {
        schema: z.object({ name: z.string().min(3, "Too short."), tag: z.string().max(3, "Too long.") }),
        signedOut: "Sign in.",
      },
      async (input) => {
        if (input.name === "taken")
          throw new AppError("conflict", "Taken.", { fieldErrors: { name: ["In use."] } });
        return { ok: true };
      },
    );
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      return data;
    };
    const userId = await createTestUser("former");
    vi.mocked(currentUser).mockResolvedValue({ id: userId, name: "Former" } as never);
    expect(await rename(null, form({ name: "ab", tag: "long" }))).toEqual({
      ok: false,
      message: "Please correct the marked fields.",
      fieldErrors: { name: ["Too short."], tag: ["Too long."] },
      values: { name: "ab", tag: "long" },
    });
    expect(await rename(null, form({ name: "taken", tag: "x" }))).toEqual({
      ok: false,
      message: "Taken.",
      fieldErrors: { name: ["In use."] },
      values: { name: "taken", tag: "x" },
    });
    expect(await rename(null, form({ name: "fine", tag: "x" }))).toEqual({ ok: true });
  });
});
