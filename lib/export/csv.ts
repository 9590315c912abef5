import { stringify } from "csv-stringify/sync";

/**
 * Neutralises spreadsheet formula injection (OWASP): a cell starting with = + - @ (or a tab
 * or carriage return) is prefixed with an apostrophe so Excel and Sheets show it as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV document (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark so Excel opens
 * non-ASCII text (¥, €, “quotes”) correctly. Numbers stay numbers; text is neutralised.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? ""))),
  );
  return "\uFEFF" + stringify([header, ...cells], { record_delimiter: "windows" });
}
