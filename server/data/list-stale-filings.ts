import "server-only";
import { db } from "../db";

/** Filings analysed by an older analyzer that kept their source, to analyse again. */
export async function listStaleFilings(options: { analyzerVersion: number }) {
  return db().filing.findMany({
    where: { analyzerVersion: { lt: options.analyzerVersion }, sourceContent: { not: null } },
    select: { id: true, slug: true },
  });
}
