"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { createApiTokenSchema } from "@/lib/api/tokens";
import { createApiToken as storeApiToken } from "@/server/data/create-api-token";
import { userFormAction } from "@/server/user-action";

/** Creates a personal access token; the token is in the returned state, shown once. */
export const createApiToken = userFormAction(
  { schema: createApiTokenSchema, signedOut: "Sign in to create a token." },
  async (input, user): Promise<ActionState<{ token: string }>> => {
    const { token } = await storeApiToken({ userId: user.id, ...input });
    revalidatePath("/account");
    return { ok: true, data: { token } };
  },
);
