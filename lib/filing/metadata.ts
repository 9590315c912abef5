/**
 * Metadata of a filing — company, form, fiscal year, CIK, tickers, period of report, filing
 * date, accession number — from the best source available: the EDGAR submission header, then
 * inline XBRL cover facts (dei:), then the text ("annual report on Form 20-F", "For the fiscal
 * year ended December 31, 2024", the cover's "Trading Symbol(s)"), then the file name
 * ("iij-20f-fy2008-item3.txt"). Unknown stays undefined.
 */
import { MONTHS } from "./figures";
import type { DetectedMetadata } from "./types";

/** Where metadata can come from. */
export interface MetadataSources {
  text: string;
  fileName?: string;
  submissionHeader?: Map<string, string>;
  htmlTitle?: string;
  /** Inline XBRL cover facts by lowercase name ("dei:entityregistrantname"). */
  coverFacts?: Map<string, string>;
}

const FORMS = [
  "10-KSB",
  "10-K405",
  "10-KT",
  "10-K",
  "10-QSB",
  "10-Q",
  "20-F",
  "40-F",
  "8-K",
  "6-K",
  "S-1",
  "S-3",
  "S-4",
  "F-1",
  "F-3",
  "F-4",
  "N-CSR",
  "424B",
];
const FORM_IN_TEXT =
  /\b(?:[Aa]nnual [Rr]eports?|[Tt]ransition [Rr]eports?|[Qq]uarterly [Rr]eports?|[Rr]eports?|[Rr]egistration [Ss]tatement|[Pp]rospectus)\s+on\s+Form\s+(10-K(?:SB|405|T)?|10-Q(?:SB)?|20-F|40-F|8-K|6-K|S-[134]|F-[134])\b/g;
const FORM_ANYWHERE = /\bFORM\s+(10-K(?:SB|405)?|10-Q|20-F|40-F|8-K|6-K|S-1|F-1)\b/g;
const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";
const FISCAL_YEAR_ENDED = new RegExp(
  String.raw`\bfiscal\s+years?\s+end(?:ed|ing)\s+(?:${MONTH_NAMES})\s+\d{1,2},\s+((?:19|20)\d{2})`,
  "gi",
);
const FISCAL_YEAR = /\b(?:fiscal(?:\s+year)?|FY)\s?((?:19|20)\d{2})\b/g;
const AS_OF_DATE = new RegExp(
  String.raw`\b(?:[Aa]s of|[Aa]t)\s+(?:${MONTH_NAMES})\s+\d{1,2},\s+((?:19|20)\d{2})`,
  "g",
);
const COMPANY_DEFINITION =
  /\b((?:[A-Z][A-Za-z0-9&'’.-]*,?\s){0,6}(?:Inc\.|Incorporated|Corporation|Corp\.|Company|Co\., Ltd\.|Ltd\.|Limited|plc|PLC|N\.V\.|S\.A\.|AG|SE|LLC|L\.P\.|Holdings))\s+\((?:together with its subsidiaries,?\s*)?(?:the\s+)?[“"](?:Company|Registrant|Issuer|we|our|us)[”"]/;

/** The most frequent capture of a pattern; ties go to the latest value (highest year). */
function mostFrequent(text: string, pattern: RegExp): string | undefined {
  const counts = new Map<string, number>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const value = m[1];
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function normalizeForm(form: string): string | undefined {
  const upper = form.toUpperCase().replace(/\s+/g, "");
  const dashed = upper.replace(/^(10|20|40|8|6)([KQF])/, "$1-$2").replace(/^([SF])(\d)/, "$1-$2");
  const match = FORMS.find((f) => dashed === f || dashed.startsWith(f));
  return match ?? (/^[0-9A-Z-]{2,10}$/.test(upper) ? upper : undefined);
}

function formFromFileName(fileName: string): string | undefined {
  const m = /(?:^|[^a-z0-9])(10-?k|20-?f|40-?f|10-?q|8-?k|6-?k|s-?1|f-?1)(?:[^a-z0-9]|$)/i.exec(fileName);
  return m?.[1] === undefined ? undefined : normalizeForm(m[1]);
}

function yearFromFileName(fileName: string): number | undefined {
  const m = /(?:^|[^a-z0-9])fy-?((?:19|20)\d{2}|\d{2})(?:[^0-9]|$)/i.exec(fileName);
  if (m?.[1] === undefined) return undefined;
  return m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
}

/** The company token of a file name ("iij" of "iij-20f-fy2008-item3.txt"), cased as in the text. */
function companyFromFileName(fileName: string, text: string): string | undefined {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  const token = base.split(/[-_\s.]+/)[0];
  if (
    token === undefined ||
    token.length < 2 ||
    !/^[a-z][a-z0-9&]*$/i.test(token) ||
    formFromFileName(token) !== undefined
  )
    return undefined;
  if (/^(?:fy|item|risk|filing|annual|report|form|sample|document|untitled|download)/i.test(token))
    return undefined;
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const inText = new RegExp(String.raw`\b${escaped}\b`, "i").exec(text.slice(0, 200000));
  if (inText !== null) return inText[0];
  return token.length <= 4 ? token.toUpperCase() : token[0]?.toUpperCase() + token.slice(1);
}

/**
 * A date as filings write it, as ISO "2024-12-31": "December 31, 2024", "31 December 2024",
 * "2024-12-31", "12/31/2024", "20241231". Undefined when it is none of these or not a real date.
 */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^((?:19|20)\d\d)-?(\d\d)-?(\d\d)$/.exec(t)) !== null)
    [year, month, day] = [m[1], m[2], m[3]].map(Number);
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)$/.exec(t)) !== null)
    [month, day, year] = [m[1], m[2], m[3]].map(Number);
  else if (
    (m = new RegExp(`^(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)$`, "i").exec(t)) !== null
  ) {
    month = MONTHS[(m[1] ?? "").toLowerCase()];
    [day, year] = [Number(m[2]), Number(m[3])];
  } else if (
    (m = new RegExp(`^(\\d{1,2})\\s+(${MONTH_NAMES}),?\\s+((?:19|20)\\d\\d)$`, "i").exec(t)) !== null
  ) {
    month = MONTHS[(m[2] ?? "").toLowerCase()];
    [day, year] = [Number(m[1]), Number(m[3])];
  }
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A CIK as EDGAR writes it: ten digits, zero-padded. */
function normalizeCik(value: string | undefined): string | undefined {
  const digits = value?.replace(/\D/g, "") ?? "";
  return digits.length >= 1 && digits.length <= 10 && Number(digits) > 0
    ? digits.padStart(10, "0")
    : undefined;
}

const ACCESSION = /\b(\d{10}-\d{2}-\d{6})\b/;
const FISCAL_YEAR_END_ON_COVER = new RegExp(
  String.raw`\bfor the (?:fiscal )?year ended:?\s+((?:${MONTH_NAMES})\s+\d{1,2},?\s+(?:19|20)\d{2})`,
  "i",
);
const COVER_PAGE = /\b(?:annual|transition) report pursuant to section 13 or 15\s?\(d\)/i;
/** Trading symbols a filing keeps (what the import form accepts). */
export const MAX_TICKERS = 6;
const TICKER = /^[A-Z][A-Z0-9]{0,4}(?:[.-][A-Z]{1,2})?$/;
const TICKER_IN_PROSE =
  /\b(?:NYSE|NASDAQ|Nasdaq|New York Stock Exchange|Nasdaq (?:Global Select |Global |Capital )?Market)\b[^.\n]{0,60}?\b(?:under the (?:trading )?symbols?|symbols?|ticker)\s+[“"]?([A-Z]{1,5})[”"]?/;

/**
 * Trading symbols on the cover page: the "Trading Symbol(s)" column of the registration table
 * (a table block: cells by tab), else "traded on Nasdaq under the symbol NFLX".
 */
function tickersOnCover(text: string): string[] {
  const cover = text.slice(0, 60000);
  const lines = cover.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const cells = (lines[i] ?? "").split("\t");
    const column = cells.findIndex((cell) => /^trading\s+symbols?(?:\(s\))?$/i.test(cell.trim()));
    if (column < 0 || cells.length < 2) continue;
    const found: string[] = [];
    for (let k = i + 1; k < Math.min(lines.length, i + 8); k++) {
      const row = (lines[k] ?? "").split("\t");
      if (row.length !== cells.length) break;
      const symbol = row[column]?.trim().toUpperCase() ?? "";
      if (TICKER.test(symbol) && !found.includes(symbol)) found.push(symbol);
    }
    if (found.length > 0) return found;
  }
  const prose = TICKER_IN_PROSE.exec(cover)?.[1];
  return prose === undefined ? [] : [prose];
}

/**
 * Detects company, form, fiscal year, CIK, tickers, period of report, filing date and
 * accession number. The EDGAR header wins over inline XBRL cover facts, those over the text
 * (the cover page), the text over the file name; anything not found is left undefined.
 */
export function detectMetadata(sources: MetadataSources): DetectedMetadata {
  const { text, fileName, submissionHeader: header, coverFacts: facts } = sources;
  const metadata: DetectedMetadata = {};

  const headerCompany = header?.get("COMPANY CONFORMED NAME") ?? facts?.get("dei:entityregistrantname");
  const definedCompany = COMPANY_DEFINITION.exec(text.slice(0, 200000))?.[1]?.trim();
  const company =
    headerCompany ??
    definedCompany ??
    (fileName === undefined ? undefined : companyFromFileName(fileName, text));
  if (company !== undefined && company.length > 0) metadata.company = company;

  const headerForm =
    header?.get("CONFORMED SUBMISSION TYPE") ?? header?.get("FORM TYPE") ?? facts?.get("dei:documenttype");
  const textForm = mostFrequent(text, FORM_IN_TEXT) ?? mostFrequent(text.slice(0, 20000), FORM_ANYWHERE);
  const form =
    (headerForm === undefined ? undefined : normalizeForm(headerForm)) ??
    (textForm === undefined ? undefined : normalizeForm(textForm)) ??
    (fileName === undefined ? undefined : formFromFileName(fileName));
  if (form !== undefined) metadata.form = form;

  const headerPeriod = header?.get("CONFORMED PERIOD OF REPORT") ?? header?.get("PERIOD");
  const factPeriod = facts?.get("dei:documentperiodenddate");
  // Only on a cover page: the sentence comes right after "ANNUAL REPORT PURSUANT TO SECTION 13…"
  // (elsewhere "for the fiscal year ended …" names any year the text discusses).
  const cover = COVER_PAGE.exec(text.slice(0, 30000));
  const coverPeriod =
    cover === null
      ? undefined
      : FISCAL_YEAR_END_ON_COVER.exec(text.slice(cover.index, cover.index + 1500))?.[1];
  const periodOfReport =
    (headerPeriod === undefined ? undefined : isoDate(headerPeriod)) ??
    (factPeriod === undefined ? undefined : isoDate(factPeriod)) ??
    (coverPeriod === undefined ? undefined : isoDate(coverPeriod));
  if (periodOfReport !== undefined) metadata.periodOfReport = periodOfReport;

  const focus = facts?.get("dei:documentfiscalyearfocus");
  const headerYear =
    headerPeriod !== undefined && /^(?:19|20)\d{2}/.test(headerPeriod)
      ? Number(headerPeriod.slice(0, 4))
      : focus !== undefined && /^(?:19|20)\d{2}$/.test(focus)
        ? Number(focus)
        : periodOfReport !== undefined
          ? Number(periodOfReport.slice(0, 4))
          : undefined;
  const textYear = mostFrequent(text, FISCAL_YEAR_ENDED) ?? mostFrequent(text, FISCAL_YEAR);
  const fiscalYear =
    headerYear ??
    (textYear === undefined ? undefined : Number(textYear)) ??
    (fileName === undefined ? undefined : yearFromFileName(fileName)) ??
    (() => {
      const asOf = mostFrequent(text, AS_OF_DATE);
      return asOf === undefined ? undefined : Number(asOf);
    })();
  if (fiscalYear !== undefined && Number.isFinite(fiscalYear)) metadata.fiscalYear = fiscalYear;

  const cik = normalizeCik(header?.get("CENTRAL INDEX KEY") ?? facts?.get("dei:entitycentralindexkey"));
  if (cik !== undefined) metadata.cik = cik;

  const factTickers = (facts?.get("dei:tradingsymbol") ?? "")
    .split(",")
    .map((symbol) => symbol.trim().toUpperCase())
    .filter((symbol) => TICKER.test(symbol));
  // As many as the import form accepts (a class-by-class list of notes and warrants can run long).
  const tickers = [...new Set(factTickers.length > 0 ? factTickers : tickersOnCover(text))].slice(
    0,
    MAX_TICKERS,
  );
  if (tickers.length > 0) metadata.tickers = tickers;

  const filed = header?.get("FILED AS OF DATE");
  const filingDate = filed === undefined ? undefined : isoDate(filed);
  if (filingDate !== undefined) metadata.filingDate = filingDate;

  const accession =
    ACCESSION.exec(header?.get("ACCESSION NUMBER") ?? "")?.[1] ??
    (fileName === undefined ? undefined : ACCESSION.exec(fileName)?.[1]);
  if (accession !== undefined) metadata.accessionNumber = accession;
  return metadata;
}
