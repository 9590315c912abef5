import { stringify } from "csv-stringify/sync";

/** A value spreadsheets would read as a formula: = + - @ (ASCII or full-width) after any blanks or quotes. */
const FORMULA_START = /^[\s\u3000"'“”‘’]*[=+\-@＝＋－＠]/;

/**
 * Neutralises spreadsheet formula injection (OWASP): a cell that starts with = + - @ — also
 * after spaces, line breaks, ideographic spaces or quotes, and in their full-width forms — or
 * with a tab or carriage return is prefixed with an apostrophe so Excel, Sheets and LibreOffice
 * show it as text.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) || /^[\t\r\n]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV document (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark so Excel opens
 * non-ASCII text (¥, €, “quotes”) correctly. Numbers stay numbers; text is neutralised (the
 * header too: a filing's table names its own columns). Every
 * field holding a line break (CR or LF alone too), a quote, a comma, or leading or trailing
 * space is quoted, so a multi-line note stays one cell.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? ""))),
  );
  return (
    "\uFEFF" +
    stringify([header.map(neutraliseFormula), ...cells], {
      record_delimiter: "windows",
      quoted_match: /[\r\n",]|^\s|\s$/,
    })
  );
}

/** A CSV document as a download named `fileName` (a route handler's answer). */
export function csvDownload(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}
