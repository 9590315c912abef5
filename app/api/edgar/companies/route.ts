import { searchTickers } from "@/lib/edgar/company-tickers";
import { currentUser } from "@/server/auth";
import { readTickerList } from "@/server/edgar/read-ticker-list";
import { isAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

/**
 * GET /api/edgar/companies?q=net: companies on EDGAR's ticker list matching what was typed
 * (the "Add from EDGAR" box's suggestions), at most 8; signed-in users only. When EDGAR cannot
 * be asked, an empty list (typing still works: the search says what is wrong).
 */
export async function GET(request: Request) {
  if (!(await currentUser())) return new Response("Sign in to import filings.", { status: 401 });
  const typed = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  let companies: Array<{ cik: string; ticker: string; name: string }> = [];
  try {
    companies = typed.trim() ? searchTickers(await readTickerList(), typed, 8) : [];
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  return Response.json({ companies }, { headers: { "cache-control": "private, no-store" } });
}
