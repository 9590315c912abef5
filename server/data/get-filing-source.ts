import "server-only";
import { db } from "../db";

/** What a filing was analysed from (the file as imported), and by which analyzer; null: no such filing. */
export async function getFilingSource(options: { filingId: string }) {
  return db().filing.findUnique({
    where: { id: options.filingId },
    select: { slug: true, sourceFileName: true, sourceContent: true, analyzerVersion: true },
  });
}
