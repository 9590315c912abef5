import "server-only";
import { db } from "../db";

/** The companies and forms in the library, for its filters (each sorted). */
export async function listFilingFacets(): Promise<{ companies: string[]; forms: string[] }> {
  const [companies, forms] = await Promise.all([
    db().filing.findMany({ distinct: ["company"], select: { company: true }, orderBy: { company: "asc" } }),
    db().filing.findMany({ distinct: ["form"], select: { form: true }, orderBy: { form: "asc" } }),
  ]);
  return { companies: companies.map((row) => row.company), forms: forms.map((row) => row.form) };
}
