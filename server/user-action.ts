import "server-only";
import type { z } from "zod";
import { failed, invalid, type ActionState } from "@/lib/action-state";
import { currentUser } from "./auth";
import { isAppError } from "./errors";
import { rateLimitState, type RateKind } from "./rate-limits";

/**
 * A server action for a signed-in user, with what every such action does done once: the
 * session (`signedOut` answers a visitor), the per-user write limit, the input parsed with
 * its zod schema (field errors, or `invalidMessage` for input that names nothing the user may
 * see), and an expected failure (AppError) answered with its message — never a raw error.
 * `run` gets the parsed input and the user, and returns the action's state.
 */
export function userAction<Schema extends z.ZodType, Data = undefined>(
  options: {
    schema: Schema;
    signedOut: string;
    /** Said instead of the field errors when the input is not valid. */
    invalidMessage?: string;
    /** Which per-user limit a call takes a token from (default "write"). */
    limit?: RateKind;
  },
  run: (input: z.output<Schema>, user: { id: string; name: string }) => Promise<ActionState<Data>>,
): (input: z.input<Schema>) => Promise<ActionState<Data>> {
  return async (input) => {
    const user = await currentUser();
    if (!user) return failed(options.signedOut);
    const limited = rateLimitState(user.id, options.limit);
    if (limited) return limited;
    const parsed = options.schema.safeParse(input);
    if (!parsed.success)
      return options.invalidMessage
        ? failed(options.invalidMessage)
        : invalid(parsed.error, parsed.error.issues[0]?.message);
    try {
      return await run(parsed.data, user);
    } catch (error) {
      if (isAppError(error)) return failed(error.message);
      throw error;
    }
  };
}
