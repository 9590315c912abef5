import "server-only";
import { searchTickers } from "@/lib/edgar/company-tickers";
import { parseEdgarInput } from "@/lib/edgar/edgar-input";
import {
  ANNUAL_REPORT_FORMS,
  fiscalYearOf,
  formMatches,
  type EdgarCompany,
  type EdgarFiling,
} from "@/lib/edgar/submissions";
import { configuredEdgarHosts } from "./edgar-hosts";
import { AppError } from "@/server/errors";
import { readEdgarCompany } from "./read-edgar-company";
import { readTickerList } from "./read-ticker-list";

/** A filing found on EDGAR, with the document of it to read. */
export interface EdgarFilingChoice {
  filing: EdgarFiling;
  /** The file in the filing's folder: its primary document, or the one a pasted link named. */
  document: string;
}

/** The company a ticker or name means: the exact ticker, else the one company it matches. */
async function companyNamed(text: string): Promise<string> {
  const matches = searchTickers(await readTickerList(), text, 6);
  const exact = matches.find((entry) => entry.ticker === text.trim().toUpperCase());
  if (exact) return exact.cik;
  if (matches.length === 1) return matches[0]!.cik;
  if (matches.length === 0) throw new AppError("not-found", `No company on EDGAR matches “${text.trim()}”.`);
  throw new AppError(
    "invalid-input",
    `“${text.trim()}” could be ${matches
      .slice(0, 5)
      .map((entry) => `${entry.name} (${entry.ticker})`)
      .join(", ")}: type the ticker or the CIK.`,
  );
}

/**
 * Finds filings on EDGAR from what an analyst typed (see parseEdgarInput): for a company (a
 * ticker, name or CIK), its newest `last` filings of `form` (default: its annual reports,
 * 10-K, 20-F or 40-F), of `fiscalYear` if given, looking through its older pages when the
 * recent ones hold none; for a pasted filing or document link, that filing.
 * @throws AppError "invalid-input" (not understood, or several companies), "not-found" (no such
 * company or filing), "unprocessable" (a paper or PDF-only filing), or from fetchEdgar
 */
export async function findEdgarFilings(options: {
  input: string;
  form?: string;
  fiscalYear?: number;
  last?: number;
  /** Listing, not importing: a paper or PDF-only filing is listed (its document is ""), not refused. */
  listing?: boolean;
}): Promise<{ company: EdgarCompany; choices: EdgarFilingChoice[] }> {
  const input = parseEdgarInput(options.input, configuredEdgarHosts());
  if (input.kind === "invalid") throw new AppError("invalid-input", input.message);
  const cik = input.kind === "company-name" ? await companyNamed(input.text) : input.cik;
  let company = await readEdgarCompany({ cik });
  let choices: EdgarFilingChoice[];
  if (input.kind === "filing" || input.kind === "document") {
    const find = (from: EdgarCompany) => from.filings.find((filing) => filing.accession === input.accession);
    let filing = find(company);
    // Filed since the kept copy of the company's filings was read: ask EDGAR afresh.
    if (!filing) {
      company = await readEdgarCompany({ cik, refresh: true });
      filing = find(company);
    }
    if (!filing && company.olderPages.length > 0) {
      company = await readEdgarCompany({ cik, allPages: true });
      filing = find(company);
    }
    if (!filing)
      throw new AppError("not-found", `EDGAR lists no filing ${input.accession} by ${company.name}.`);
    choices = [{ filing, document: input.kind === "document" ? input.document : filing.primaryDocument }];
  } else {
    const forms = options.form ? [options.form] : [...ANNUAL_REPORT_FORMS];
    const wanted = (from: EdgarCompany) =>
      from.filings.filter(
        (filing) =>
          forms.some((form) => formMatches(filing.form, form)) &&
          (options.fiscalYear === undefined || fiscalYearOf(filing) === options.fiscalYear),
      );
    let found = wanted(company);
    // A year asked for that the kept copy does not have may have been filed since: ask afresh.
    if (found.length === 0 && options.fiscalYear !== undefined) {
      company = await readEdgarCompany({ cik, refresh: true });
      found = wanted(company);
    }
    if (found.length < (options.last ?? 1) && company.olderPages.length > 0) {
      company = await readEdgarCompany({ cik, allPages: true });
      found = wanted(company);
    }
    if (found.length === 0)
      throw new AppError(
        "not-found",
        `${company.name} has no ${forms.join(" or ")} on EDGAR${options.fiscalYear ? ` for fiscal ${options.fiscalYear}` : ""}.`,
      );
    choices = found
      .slice(0, options.last ?? 1)
      .map((filing) => ({ filing, document: filing.primaryDocument }));
  }
  for (const choice of choices) {
    const { filing, document } = choice;
    if (document && !/\.pdf$/i.test(document)) continue;
    if (options.listing) {
      choice.document = "";
      continue;
    }
    throw new AppError(
      "unprocessable",
      `${company.name}'s ${filing.form} of ${filing.filingDate} has no electronic text to read (a paper or PDF-only filing).`,
    );
  }
  return { company, choices };
}
