import { z } from "zod";
import { accessionNumber, paddedCik } from "@/lib/edgar/cik";
import { isAnnualReport } from "@/lib/filing/report-period";
import type { FactPeriod, InlineFact } from "./parse-inline-xbrl";

/**
 * A company's XBRL facts as EDGAR's "companyfacts" API serves them
 * (`https://data.sec.gov/api/xbrl/companyfacts/CIK##########.json`), and the facts of one of its
 * filings chosen from them — for a filing without inline XBRL of its own (older filings, text
 * filings), so its narrative figures can still be checked against what the company tagged.
 *
 * The document holds every numeric fact the company has filed in XBRL, without dimensions, once
 * per filing that reported it: the same fact appears again in every later report that repeats
 * it (a balance sheet's year-end in the next three 10-Qs and the next 10-K), sometimes re-rounded
 * (3,685,618,000 as filed, 3,686,000,000 a year later) or restated (a per-share figure after a
 * split). It says neither decimals nor where a value was shown.
 */

/** Characters of a companyfacts document read at most: the largest real ones are about 20 MB. */
export const MAX_COMPANY_FACTS_CHARS = 64 * 1024 * 1024;

/** Facts of one filing kept at most (a 10-K's own are a few hundred to two thousand). */
const MAX_FILING_FACTS = 20_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One value as a filing reported it. Only what choosing and placing it needs is required. */
const entrySchema = z.object({
  start: isoDate.optional(),
  end: isoDate,
  val: z.number().finite(),
  /** The reporting filing's accession number, "0001564590-19-003165". */
  accn: z.string().max(40),
  fy: z.number().nullish(),
  fp: z.string().nullish(),
  form: z.string().max(40).nullish(),
  filed: isoDate,
  frame: z.string().nullish(),
});
type Entry = z.infer<typeof entrySchema>;

/** Taxonomy and concept names as a QName allows them ("us-gaap", "RevenueFromContract…"). */
const NAME = /^[A-Za-z_][\w.-]{0,200}$/;
/** Unit names: "USD", "shares", "USD/shares", "pure", "EUR"… */
const UNIT = /^[\w./-]{1,60}$/;

const conceptSchema = z.object({
  label: z.string().nullish(),
  units: z.record(z.string(), z.array(z.unknown())),
});

const documentSchema = z.object({
  cik: z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,10}$/)]),
  entityName: z.string().nullish(),
  // Concepts are checked one at a time as they are read: one odd concept loses only itself.
  facts: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** A companyfacts document whose outline has been checked (its entries are checked as read). */
export interface CompanyFacts {
  /** Ten digits, zero-padded. */
  cik: string;
  entityName: string | null;
  /** Taxonomy ("us-gaap", "dei", "ifrs-full"…) → concept → its label and units' entries. */
  facts: Record<string, Record<string, unknown>>;
}

/**
 * Reads a companyfacts document defensively: refused with a message (never thrown) when it is
 * too large, not JSON, or not in the shape EDGAR serves.
 */
export function parseCompanyFacts(
  text: string,
): { ok: true; document: CompanyFacts } | { ok: false; message: string } {
  if (text.length > MAX_COMPANY_FACTS_CHARS)
    return {
      ok: false,
      message: `The company's facts are ${Math.round(text.length / 2 ** 20)} MB, more than the ${
        MAX_COMPANY_FACTS_CHARS / 2 ** 20
      } MB read.`,
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The company's facts are not JSON." };
  }
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `The company's facts are not in EDGAR's companyfacts shape (${issue?.path.join(".") || "document"}: ${
        issue?.message ?? "unreadable"
      }).`,
    };
  }
  return {
    ok: true,
    document: {
      cik: paddedCik(parsed.data.cik),
      entityName: parsed.data.entityName ?? null,
      facts: parsed.data.facts,
    },
  };
}

/** What identifies a filing among its company's facts. */
export interface CompanyFactsFiling {
  /** Either spelling ("0001564590-19-003165" or without dashes); null when unknown. */
  accessionNumber?: string | null;
  /** ISO date its period ends, "2018-12-31". */
  periodOfReport?: string | null;
  /** "10-K", "20-F", "10-Q"…: an annual report's period is a year. */
  form: string;
  /** ISO date filed, when known: values are taken as filed nearest after it. */
  filingDate?: string | null;
}

/** The facts of one filing, chosen from its company's. */
export interface FilingCompanyFacts {
  /**
   * As inline XBRL facts would be: concept "us-gaap:Revenues", a number, the unit as EDGAR names
   * it, an instant or span, no decimals (companyfacts has none: a stated figure's own rounding
   * decides agreement), no dimensions, hidden (nothing in the text is tagged), not placed.
   */
  facts: InlineFact[];
  /** "accession": those the filing reported; "period": those of its period; null: none chosen. */
  matchedBy: "accession" | "period" | null;
  /** Concepts, and entries that may have been the filing's, that could not be read (skipped). */
  unreadable: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** A fiscal year's length in days, end minus start: 364 for a calendar year, 363–371 for 52/53 weeks. */
const YEAR_DAYS = { min: 350, max: 380 };
/** How far a prior fiscal year's end may be from a year before (52/53-week years move it). */
const PRIOR_YEAR_SLACK_DAYS = 10;

/** The ISO date a year before `iso` (29 February → 1 March). */
function yearBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  return date.toISOString().slice(0, 10);
}

/** The ISO date `days` after `iso` (before, when negative). */
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Where the filing's period ends, and the window its prior fiscal year ends in (ISO dates). */
interface PeriodEnds {
  current: string;
  priorFrom: string;
  priorTo: string;
}

function periodEnds(period: string): PeriodEnds {
  const prior = yearBefore(period);
  return {
    current: period,
    priorFrom: addDays(prior, -PRIOR_YEAR_SLACK_DAYS),
    priorTo: addDays(prior, PRIOR_YEAR_SLACK_DAYS),
  };
}

/** Whether an end date is the period's, or its prior fiscal year's (ISO dates compare as text). */
const endsInPeriod = (end: string, ends: PeriodEnds) =>
  end === ends.current || (end >= ends.priorFrom && end <= ends.priorTo);

/** The fact's period: a span when the entry has a start, else an instant. */
const periodOf = (entry: Entry): FactPeriod =>
  entry.start ? { start: entry.start, end: entry.end } : { instant: entry.end };

/**
 * Whether an entry is of the filing's period or its comparable prior-year period: an instant at
 * the end, or a span ending then — a year long for an annual report (not its fourth quarter), at
 * most a year for others (a quarter and the year to date).
 */
function ofPeriod(entry: Entry, ends: PeriodEnds, annual: boolean): boolean {
  if (!endsInPeriod(entry.end, ends)) return false;
  if (!entry.start) return true;
  const days = dayNumber(entry.end) - dayNumber(entry.start);
  return annual ? days >= YEAR_DAYS.min && days <= YEAR_DAYS.max : days >= 0 && days <= YEAR_DAYS.max;
}

/**
 * Of the entries reporting one fact (concept, unit, period) in different filings, the one taken
 * when choosing by period: the first filed on or after the filing's filing date (else its
 * period's end); the latest when none was filed then. That is the value as the filing itself
 * reported it when its own report is in the document, and otherwise the comparative the next
 * reports restated least. Later values are not preferred, though they carry corrections: they
 * are re-rounded (Tesla's 2018 revenue, 21,461,268,000 as filed, 21,461,000,000 a year later —
 * "$21,461.3 million" in the 10-K's text would no longer agree) and restated for what came after
 * the filing (Tesla's 2018 diluted loss per share: $(5.72) as filed, $(1.14) after its 2020
 * five-for-one split), so they check the filing's text against figures it could not have stated.
 */
function asFiledNearest(entries: readonly Entry[], from: string): Entry {
  const byFiled = [...entries].sort((a, b) => a.filed.localeCompare(b.filed));
  return byFiled.find((entry) => entry.filed >= from) ?? byFiled.at(-1)!;
}

/** One key per fact: concept, unit and period. */
const factKey = (concept: string, unit: string, entry: Entry) =>
  `${concept}\u0000${unit}\u0000${entry.start ?? ""}\u0000${entry.end}`;

/**
 * The facts of one filing among its company's: those reported in the filing's accession when
 * the document has any (the value that accession reported, whatever later filings re-reported),
 * else — the accession unknown, or older than the company's XBRL — those of its period of
 * report and the year before (see `ofPeriod`), each as filed nearest after the filing
 * (`asFiledNearest`). In document order: taxonomy, concept, unit, then as listed.
 */
export function companyFactsOfFiling(document: CompanyFacts, filing: CompanyFactsFiling): FilingCompanyFacts {
  const accession = filing.accessionNumber ? accessionNumber(filing.accessionNumber) : null;
  const period =
    filing.periodOfReport && isoDate.safeParse(filing.periodOfReport).success ? filing.periodOfReport : null;
  const ends = period ? periodEnds(period) : null;
  const annual = isAnnualReport(filing.form, { amendments: true });
  /** Facts by key, in the order first met; reported in the accession, and of the period. */
  const reported = new Map<string, { concept: string; unit: string; entry: Entry }>();
  const ofThePeriod = new Map<string, { concept: string; unit: string; entries: Entry[] }>();
  let unreadable = 0;
  for (const [taxonomy, concepts] of Object.entries(document.facts)) {
    if (!NAME.test(taxonomy)) continue;
    for (const [name, raw] of Object.entries(concepts)) {
      const parsedConcept = conceptSchema.safeParse(raw);
      if (!NAME.test(name) || !parsedConcept.success) {
        unreadable++;
        continue;
      }
      const concept = `${taxonomy}:${name}`;
      for (const [unit, entries] of Object.entries(parsedConcept.data.units)) {
        if (!UNIT.test(unit)) {
          unreadable += entries.length;
          continue;
        }
        for (const raw of entries) {
          // Cheap tests first: most of a document is other filings' facts.
          const candidate = raw as Partial<Record<"accn" | "end", unknown>> | null;
          const inAccession =
            accession !== null &&
            typeof candidate?.accn === "string" &&
            // EDGAR writes it with dashes; another spelling is normalised (slower: rare).
            (candidate.accn === accession ||
              (candidate.accn.length !== accession.length && accessionNumber(candidate.accn) === accession));
          const mayBeOfPeriod =
            ends !== null && typeof candidate?.end === "string" && endsInPeriod(candidate.end, ends);
          if (!inAccession && !mayBeOfPeriod) continue;
          const parsedEntry = entrySchema.safeParse(raw);
          if (!parsedEntry.success) {
            unreadable++;
            continue;
          }
          const entry = parsedEntry.data;
          const key = factKey(concept, unit, entry);
          // A fact the accession reported twice keeps its first value.
          if (inAccession && !reported.has(key)) reported.set(key, { concept, unit, entry });
          if (ends && ofPeriod(entry, ends, annual)) {
            const same = ofThePeriod.get(key);
            if (same) same.entries.push(entry);
            else ofThePeriod.set(key, { concept, unit, entries: [entry] });
          }
        }
      }
    }
  }
  const fact = (concept: string, unit: string, entry: Entry): InlineFact => ({
    concept,
    value: entry.val,
    unit,
    period: periodOf(entry),
    dimensions: {},
    entity: document.cik,
    hidden: true,
    displayed: "",
    kind: "nonFraction",
  });
  if (reported.size > 0)
    return {
      facts: [...reported.values()]
        .slice(0, MAX_FILING_FACTS)
        .map(({ concept, unit, entry }) => fact(concept, unit, entry)),
      matchedBy: "accession",
      unreadable,
    };
  if (ofThePeriod.size > 0 && period) {
    const from =
      filing.filingDate && isoDate.safeParse(filing.filingDate).success ? filing.filingDate : period;
    return {
      facts: [...ofThePeriod.values()]
        .slice(0, MAX_FILING_FACTS)
        .map(({ concept, unit, entries }) => fact(concept, unit, asFiledNearest(entries, from))),
      matchedBy: "period",
      unreadable,
    };
  }
  return { facts: [], matchedBy: null, unreadable };
}
