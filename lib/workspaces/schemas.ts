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

/** True when an invite can still be used at `now`: not expired, not revoked. */
export function inviteIsValid(
  invite: { expiresAt: Date; revokedAt?: Date | null } | null,
  now: Date,
): boolean {
  return invite !== null && !invite.revokedAt && invite.expiresAt.getTime() > now.getTime();
}

/**
 * May this person join through this invite? Not when they were removed from the workspace after
 * the link was made: an owner's removal is not undone by a link shared before it.
 */
export function mayJoinWithInvite(
  invite: { expiresAt: Date; revokedAt?: Date | null; createdAt: Date } | null,
  removedAt: Date | null,
  now: Date,
): boolean {
  if (!inviteIsValid(invite, now)) return false;
  return removedAt === null || invite!.createdAt.getTime() > removedAt.getTime();
}

/** The token of a workspace invite link's path ("/join/<token>"), if it is one. */
export function inviteTokenOf(path: string): string | null {
  return /^\/join\/([A-Za-z0-9_-]{16,64})$/.exec(path)?.[1] ?? null;
}

/** A workspace id or invite token as the actions receive them. */
export const workspaceIdSchema = z.uuid("That workspace does not exist.");
export const inviteTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "That invite link does not exist.");
export const memberChangeSchema = z.object({
  workspaceId: workspaceIdSchema,
  userId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, "That member does not exist."),
});

/** Renaming a workspace: its id and the new name (the same rules as a new workspace's). */
export const workspaceRenameSchema = workspaceNameSchema.extend({ workspaceId: workspaceIdSchema });

/** A member's role in a workspace: owners manage it (invite, remove, rename, set roles). */
export const memberRoleSchema = memberChangeSchema.extend({
  role: z.enum(["owner", "member"], { message: "A role is owner or member." }),
});
