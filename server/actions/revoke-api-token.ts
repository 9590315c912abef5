"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { currentUser } from "@/server/auth";
import { revokeApiToken as storeRevocation } from "@/server/data/revoke-api-token";
import { rateLimitState } from "@/server/rate-limits";

/** Revokes one of the current user's tokens: it stops working at once. */
export async function revokeApiToken(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in to manage tokens.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success) return failed("Unknown token.");
  if (!(await storeRevocation({ id: id.data, userId: user.id })))
    return failed("That token is already revoked.");
  revalidatePath("/account");
  return { ok: true };
}
