import "server-only";
import type { Prisma } from "@/prisma/generated/client";
import { db } from "../db";

/** How the library orders filings. */
export type LibrarySort = "period" | "company" | "imported";

/**
 * The library: filings with their metadata and risk-factor count, optionally only one
 * company's (by name) or one form. "period": newest period first; "company": by company, then
 * newest first; "imported": most recently imported first.
 */
export async function listFilings(options: { company?: string; form?: string; sort?: LibrarySort } = {}) {
  const where: Prisma.FilingWhereInput = {
    ...(options.company ? { company: options.company } : {}),
    ...(options.form ? { form: options.form } : {}),
  };
  const newestFirst: Prisma.FilingOrderByWithRelationInput[] = [
    { periodOfReport: { sort: "desc", nulls: "last" } },
    { fiscalYear: { sort: "desc", nulls: "last" } },
    { createdAt: "desc" },
  ];
  const orderBy: Prisma.FilingOrderByWithRelationInput[] =
    options.sort === "imported"
      ? [{ createdAt: "desc" }]
      : options.sort === "company"
        ? [{ company: "asc" }, ...newestFirst]
        : [...newestFirst, { company: "asc" }];
  return db().filing.findMany({
    where,
    orderBy,
    select: {
      id: true,
      slug: true,
      company: true,
      form: true,
      fiscalYear: true,
      cik: true,
      tickers: true,
      periodOfReport: true,
      filingDate: true,
      createdAt: true,
      _count: { select: { riskFactors: true } },
    },
  });
}
