/** Filing metadata as readers see it in the library and the reader's header. */

const dateFormat = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "2024-12-31" → "Dec 31, 2024"; anything else as given. */
export function formatIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

/** A filing's short name: "NFLX 10-K 2024", "Internet Initiative Japan Inc. 20-F 2008". */
export function filingTitle(filing: {
  company: string;
  form: string;
  fiscalYear: number | null;
  tickers?: readonly string[];
}): string {
  return [filing.tickers?.[0] ?? filing.company, filing.form, filing.fiscalYear ?? ""].join(" ").trim();
}
