/** A CIK (SEC Central Index Key) as EDGAR's JSON paths spell it: ten digits, zero-padded. */
export function paddedCik(cik: string | number): string {
  return String(cik).replace(/^0+/, "").padStart(10, "0");
}

/** Whether text is a CIK: one to ten digits (not all zeros). */
export function isCik(text: string): boolean {
  return /^\d{1,10}$/.test(text) && !/^0+$/.test(text);
}

/** A CIK as EDGAR's archive paths spell it: no leading zeros. */
export function bareCik(cik: string | number): string {
  return String(cik).replace(/^0+/, "");
}

/** An accession number as EDGAR names it ("0001065280-25-000044"), from either spelling. */
export function accessionNumber(text: string): string | null {
  const digits = text.replace(/-/g, "");
  if (!/^\d{18}$/.test(digits)) return null;
  return `${digits.slice(0, 10)}-${digits.slice(10, 12)}-${digits.slice(12)}`;
}
