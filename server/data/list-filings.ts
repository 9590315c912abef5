import "server-only";
import { db } from "../db";

/** The library: every filing, newest fiscal year first, with its risk-factor count. */
export async function listFilings() {
  return db().filing.findMany({
    orderBy: [{ fiscalYear: { sort: "desc", nulls: "last" } }, { company: "asc" }],
    select: {
      id: true,
      slug: true,
      company: true,
      form: true,
      fiscalYear: true,
      createdAt: true,
      _count: { select: { riskFactors: true } },
    },
  });
}

export type FilingSummary = Awaited<ReturnType<typeof listFilings>>[number];
