import { isCik, paddedCik } from "@/lib/edgar/cik";
import { mayReadFilings } from "@/server/auth";
import { readCompanyTrend } from "@/server/lineage/read-company-trend";

export const dynamic = "force-dynamic";

/**
 * A company's risk section year over year from its annual reports in the library (the
 * library's sparklines read it after the page paints): `{ points }`, oldest first.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ cik: string }> }) {
  if (!(await mayReadFilings())) return new Response("Sign in to read filings.", { status: 401 });
  const { cik } = await params;
  if (!isCik(cik)) return new Response("A CIK is up to ten digits.", { status: 404 });
  const points = await readCompanyTrend({ cik: paddedCik(cik) });
  return Response.json({ points }, { headers: { "cache-control": "private, no-cache" } });
}
