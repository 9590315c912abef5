"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { revokeApiToken as storeRevocation } from "@/server/data/revoke-api-token";
import { userFormAction } from "@/server/user-action";

/** Revokes one of the current user's tokens: it stops working at once. */
export const revokeApiToken = userFormAction(
  {
    schema: z.object({ id: z.uuid() }),
    signedOut: "Sign in to manage tokens.",
    invalidMessage: "Unknown token.",
  },
  async ({ id }, user): Promise<ActionState> => {
    if (!(await storeRevocation({ id, userId: user.id }))) return failed("That token is already revoked.");
    revalidatePath("/account");
    return { ok: true };
  },
);
