import "server-only";
import { db } from "../db";

/** The id of a filing's latest live event (0 when none): where a fresh reader starts. */
export async function getLatestLiveEventId(options: { filingId: string }): Promise<bigint> {
  const latest = await db().liveEvent.findFirst({
    where: { filingId: options.filingId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return latest?.id ?? BigInt(0);
}
