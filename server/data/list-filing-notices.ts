import "server-only";
import type { FilingNoticeOfReader } from "@/lib/library/types";
import { db } from "../db";

/** The user's "For you" entries for new filings of companies they watch, newest first. */
export async function listFilingNotices(options: {
  userId: string;
  limit: number;
}): Promise<FilingNoticeOfReader[]> {
  return db().filingNotice.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    take: options.limit,
    select: {
      id: true,
      createdAt: true,
      details: true,
      filing: {
        select: { slug: true, company: true, form: true, fiscalYear: true, filingDate: true },
      },
    },
  });
}
