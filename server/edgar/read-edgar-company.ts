import "server-only";
import { paddedCik } from "@/lib/edgar/cik";
import {
  parseSubmissions,
  parseSubmissionsPage,
  type EdgarCompany,
  type EdgarFiling,
} from "@/lib/edgar/submissions";
import { AppError, isAppError } from "@/server/errors";
import { fetchEdgar } from "./fetch-edgar";

/** A company's filings change when it files: its submissions are kept ten minutes. */
const KEEP_SECONDS = 10 * 60;

function parsed<T>(body: string, parse: (json: unknown) => T | null): T {
  let value: T | null = null;
  try {
    value = parse(JSON.parse(body));
  } catch {
    value = null;
  }
  if (value === null)
    throw new AppError("upstream-unavailable", "EDGAR's list of the company's filings could not be read.");
  return value;
}

/**
 * A company as EDGAR's submissions describe it (`/submissions/CIK##########.json`), with its
 * recent filings; with `allPages`, its older filings too (the `files` pages), oldest last.
 * Kept ten minutes, unless `refresh`.
 * @throws AppError "not-found" when EDGAR has no company with that CIK, or from fetchEdgar
 */
export async function readEdgarCompany(options: {
  cik: string;
  allPages?: boolean;
  /** Ask EDGAR now rather than answer a kept copy (a watch looking for new filings). */
  refresh?: boolean;
}): Promise<EdgarCompany> {
  const cik = paddedCik(options.cik);
  const company = parsed(
    await fetchEdgar({
      host: "data",
      path: `/submissions/CIK${cik}.json`,
      maxBytes: 50_000_000,
      notFound: `EDGAR has no company with CIK ${options.cik.replace(/^0+/, "")}.`,
      keepForSeconds: KEEP_SECONDS,
      refresh: options.refresh,
    }),
    parseSubmissions,
  );
  if (!options.allPages || company.olderPages.length === 0) return company;
  const older: EdgarFiling[] = [];
  for (const page of company.olderPages) {
    let body: string;
    try {
      body = await fetchEdgar({
        host: "data",
        path: `/submissions/${page}`,
        maxBytes: 50_000_000,
        notFound: "A page of the company's older filings is missing on EDGAR.",
        keepForSeconds: KEEP_SECONDS,
      });
    } catch (error) {
      // A page EDGAR lists but does not have: the filings on the others still count.
      if (isAppError(error) && error.code === "not-found") continue;
      throw error;
    }
    older.push(...parsed(body, parseSubmissionsPage));
  }
  return { ...company, filings: [...company.filings, ...older] };
}
