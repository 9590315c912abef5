import "server-only";
import { db } from "../db";

/** Deletes an annotation with its thread. */
export async function deleteAnnotation(options: { id: string }): Promise<void> {
  await db().annotation.deleteMany({ where: { id: options.id } });
}
