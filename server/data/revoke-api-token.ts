import "server-only";
import { accessChanged } from "../access-epoch";
import { db } from "../db";

/** Revokes one of a user's tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(options: { id: string; userId: string }): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({
    where: { id: options.id, userId: options.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  accessChanged();
  return count === 1;
}
