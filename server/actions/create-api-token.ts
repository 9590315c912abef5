"use server";

import { revalidatePath } from "next/cache";
import { failed, formValues, invalid, type ActionState } from "@/lib/action-state";
import { createApiTokenSchema } from "@/lib/api/tokens";
import { currentUser } from "@/server/auth";
import { createApiToken as storeApiToken } from "@/server/data/create-api-token";
import { rateLimitState } from "@/server/rate-limits";

/** Creates a personal access token; the token is in the returned state, shown once. */
export async function createApiToken(
  _previous: ActionState<{ token: string }>,
  formData: FormData,
): Promise<ActionState<{ token: string }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in to create a token.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = createApiTokenSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, undefined, formValues(formData));
  const { token } = await storeApiToken({ userId: user.id, ...parsed.data });
  revalidatePath("/account");
  return { ok: true, data: { token } };
}
