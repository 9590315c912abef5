import "server-only";
import { db } from "../db";

/**
 * A filing already in the library that is the same document: the same EDGAR accession number,
 * or the same canonical text. Null when there is none.
 */
export async function findDuplicateFiling(options: { accessionNumber?: string; textHash: string }) {
  return db().filing.findFirst({
    where: {
      OR: [
        { textHash: options.textHash },
        ...(options.accessionNumber ? [{ accessionNumber: options.accessionNumber }] : []),
      ],
    },
    orderBy: { createdAt: "asc" },
    select: { slug: true, company: true, form: true, fiscalYear: true, tickers: true },
  });
}
