import "server-only";
import type { z } from "zod";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { currentUser } from "./auth";
import { isAppError } from "./errors";
import { rateLimitState, type RateKind } from "./rate-limits";

interface UserActionOptions<Schema extends z.ZodType> {
  schema: Schema;
  signedOut: string;
  /** Said instead of the field errors when the input is not valid. */
  invalidMessage?: string;
  /**
   * Invalid input is summed up by its first problem rather than "correct the marked fields"
   * (a one-field form whose summary is all it shows). The default for object input.
   */
  sayFirstProblem?: boolean;
  /** Which per-user limit a call takes a token from (default "write"). */
  limit?: RateKind;
  /** What a failure hands back for the form to show again (a form action's text fields by default). */
  echo?: (input: unknown) => Record<string, string>;
}

type SignedInUser = { id: string; name: string };

/**
 * What every signed-in action does, done once: the session (`signedOut` answers a visitor),
 * the per-user write limit, the input parsed with its zod schema (field errors, or
 * `invalidMessage` for input that names nothing the user may see), and an expected failure
 * (AppError) answered with its message and field errors — never a raw error. Anything else
 * (a redirect, a bug) is rethrown.
 */
async function runAsUser<Schema extends z.ZodType, Data>(
  options: UserActionOptions<Schema>,
  input: unknown,
  values: Record<string, string> | undefined,
  run: (input: z.output<Schema>, user: SignedInUser) => Promise<ActionState<Data>>,
): Promise<ActionState<Data>> {
  const user = await currentUser();
  if (!user) return failed(options.signedOut);
  const limited = rateLimitState(user.id, options.limit);
  if (limited) return limited;
  const parsed = options.schema.safeParse(input);
  if (!parsed.success)
    return options.invalidMessage
      ? failed(options.invalidMessage)
      : invalid(
          parsed.error,
          (options.sayFirstProblem ?? !values) ? parsed.error.issues[0]?.message : undefined,
          values,
        );
  try {
    return await run(parsed.data, user);
  } catch (error) {
    if (isAppError(error)) return failed(error.message, error.fieldErrors ?? {}, values);
    throw error;
  }
}

/**
 * A server action called with an object by a signed-in user (see runAsUser for what it does
 * for every such action). `run` gets the parsed input and the user and returns the state.
 */
export function userAction<Schema extends z.ZodType, Data = undefined>(
  options: UserActionOptions<Schema>,
  run: (input: z.output<Schema>, user: SignedInUser) => Promise<ActionState<Data>>,
): (input: z.input<Schema>) => Promise<ActionState<Data>> {
  return (input) => runAsUser(options, input, options.echo?.(input), run);
}

/**
 * A form's server action (for `useActionState`) for a signed-in user: the form's fields are
 * parsed with the schema, and a failure hands the typed text fields back (never passwords) so
 * the form shows them again after React resets it.
 */
export function userFormAction<Schema extends z.ZodType, Data = undefined>(
  options: UserActionOptions<Schema>,
  run: (input: z.output<Schema>, user: SignedInUser) => Promise<ActionState<Data>>,
): (previous: ActionState<Data>, formData: FormData) => Promise<ActionState<Data>> {
  return (_previous, formData) =>
    runAsUser(options, Object.fromEntries(formData), options.echo?.(formData) ?? formValues(formData), run);
}
