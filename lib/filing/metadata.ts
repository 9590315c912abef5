/**
 * Metadata of a filing — company, form, fiscal year — from the best source available: the
 * EDGAR submission header, then the text ("annual report on Form 20-F", "fiscal year ended
 * March 31, 2008"), then the file name ("iij-20f-fy2008-item3.txt"). Unknown stays undefined.
 */
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
 * Detects company, form and fiscal year. The header wins over the text, the text over the
 * file name; anything not found is left undefined.
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

  const period = header?.get("CONFORMED PERIOD OF REPORT") ?? header?.get("PERIOD");
  const focus = facts?.get("dei:documentfiscalyearfocus");
  const headerYear =
    period !== undefined && /^(?:19|20)\d{2}/.test(period)
      ? Number(period.slice(0, 4))
      : focus !== undefined && /^(?:19|20)\d{2}$/.test(focus)
        ? Number(focus)
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
  return metadata;
}
