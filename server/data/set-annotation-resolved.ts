import "server-only";
import { db } from "../db";

/** Resolves (or reopens) an annotation's thread. */
export async function setAnnotationResolved(options: { id: string; resolved: boolean }): Promise<void> {
  await db().annotation.update({
    where: { id: options.id },
    data: { resolvedAt: options.resolved ? new Date() : null },
  });
}
