import "server-only";
import { paddedCik } from "@/lib/edgar/cik";
import { MAX_COMPANY_FACTS_CHARS, parseCompanyFacts, type CompanyFacts } from "@/lib/xbrl/company-facts";
import { AppError } from "@/server/errors";
import { fetchEdgar } from "./fetch-edgar";

/**
 * A company's facts change only when it files, and are large (1–20 MB): kept six hours, so the
 * filings of one company imported together ask EDGAR once.
 */
const KEEP_SECONDS = 6 * 60 * 60;

/**
 * A company's XBRL facts as EDGAR's companyfacts API serves them
 * (`data.sec.gov/api/xbrl/companyfacts/CIK##########.json`), kept six hours.
 * @throws AppError "not-found" (EDGAR has no facts for the CIK: it never filed XBRL),
 * "unprocessable" (the document is not companyfacts: another try would read the same kept copy),
 * or from fetchEdgar (not configured, too large, EDGAR unavailable)
 */
export async function readCompanyFacts(options: { cik: string }): Promise<CompanyFacts> {
  const cik = paddedCik(options.cik);
  const body = await fetchEdgar({
    host: "data",
    path: `/api/xbrl/companyfacts/CIK${cik}.json`,
    // Generous (the largest real documents are about 20 MB); bytes, so never more characters.
    maxBytes: MAX_COMPANY_FACTS_CHARS,
    notFound: `EDGAR has no XBRL facts for CIK ${cik.replace(/^0+/, "")}.`,
    keepForSeconds: KEEP_SECONDS,
  });
  const parsed = parseCompanyFacts(body);
  if (!parsed.ok) throw new AppError("unprocessable", parsed.message);
  return parsed.document;
}
