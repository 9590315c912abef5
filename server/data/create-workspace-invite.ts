import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db";

/** A new invite link token for a workspace, valid until `expiresAt`. */
export async function createWorkspaceInvite(options: {
  workspaceId: string;
  createdById: string;
  expiresAt: Date;
}) {
  const token = randomBytes(24).toString("base64url");
  await db().workspaceInvite.create({ data: { token, ...options } });
  return { token };
}
