import { storableText } from "@/lib/text/storable-text";
import { z } from "zod";

export const workspaceNameSchema = z.object({
  name: z
    .string()
    .overwrite(storableText)
    .trim()
    .min(1, "Give the workspace a name.")
    .max(80, "Keep the name under 80 characters."),
});

/** How long an invite link stays valid. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** True when an invite can still be used at `now`. */
export function inviteIsValid(invite: { expiresAt: Date } | null, now: Date): boolean {
  return invite !== null && invite.expiresAt.getTime() > now.getTime();
}
