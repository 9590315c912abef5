import "server-only";
import { db } from "../db";

/** Records a requested EDGAR import (queued) under the id its background job will carry. */
export async function createImportJob(options: {
  id: string;
  userId: string;
  input: string;
  label: string | null;
  form: string | null;
  fiscalYear: number | null;
  last: number;
}): Promise<void> {
  await db().importJob.create({ data: { ...options, filingSlugs: [] } });
}
