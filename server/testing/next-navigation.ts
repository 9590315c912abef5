/**
 * A stand-in for `next/navigation` in integration tests of server actions: Next's `redirect`
 * ends an action by throwing, and so does this one, carrying where the browser would go.
 *
 *   vi.mock("next/navigation", () => import("@/server/testing/next-navigation"));
 */
export class Redirected extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}

/** Next's `redirect`: throws `Redirected`. */
export function redirect(location: string): never {
  throw new Redirected(location);
}

/** Where an action sent the browser (it must redirect). */
export async function redirectOf(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    if (error instanceof Redirected) return error.location;
    throw error;
  }
  throw new Error("the action did not redirect");
}
