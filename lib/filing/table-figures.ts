/**
 * Figures of a data table: every number in its body, read with what the table says about it —
 * the row's label ("Total assets"), the column's headers ("Year Ended December 31, 2024"), the
 * scale line ("(In millions, except per share data)") and the currency its cells or scale line
 * name. Per-share rows are never scaled; share rows are scaled unless the scale line excepts them.
 */
import { CURRENCY_CODES, CURRENCY_WORD, CURRENCY_WORDS, SCALES, SYMBOL, SYMBOLS, decimal } from "./figures";
import { SCALE_PHRASE, isValueCell, tableCellRanges } from "./table-grid";
import type { Block, Figure, FigureKind } from "./types";

/** What a scale line says: "in millions" → 6; the exception ("except per share data"); currency. */
export interface TableScale {
  exponent: number;
  /** Text after "except" ("per share data", "share and per share amounts"), lower case. */
  except: string;
  /** ISO code the line names ("in millions of euros" → EUR), if any. */
  currency?: string;
}

/** A currency named in words, by symbol or by code; the longest name wins ("Canadian dollars"). */
const CURRENCY_IN_TEXT = new RegExp(
  String.raw`(?<word>\b${CURRENCY_WORD}\b)|(?<symbol>${SYMBOL})|\b(?<code>${CURRENCY_CODES})\b`,
  "i",
);

/** The ISO code of the first currency a text names, if any. */
function currencyIn(text: string, dollar: string): string | undefined {
  const found = CURRENCY_IN_TEXT.exec(text)?.groups;
  if (found?.word) {
    if (/^dollars?$/i.test(found.word)) return dollar;
    return CURRENCY_WORDS[found.word.toLowerCase()] ?? (/dollars?$/i.test(found.word) ? "USD" : undefined);
  }
  if (found?.symbol) return found.symbol === "$" ? dollar : (SYMBOLS[found.symbol] ?? "USD");
  if (found?.code) return found.code.toUpperCase() === "RMB" ? "CNY" : found.code.toUpperCase();
  return undefined;
}

/**
 * Reads a scale line out of a text (a caption, a header cell), or undefined. `dollar` is what
 * a bare "$" or "dollars" means in this filing.
 */
export function readScale(text: string, dollar = "USD"): TableScale | undefined {
  const match = SCALE_PHRASE.exec(text);
  if (match === null) return undefined;
  const exponent = SCALES[(match[1] ?? "").toLowerCase().replace(/s$/, "")] ?? 0;
  const rest = text.slice(match.index, match.index + 160);
  const except = /\bexcept\b([^)]*)/i.exec(rest)?.[1]?.trim().toLowerCase() ?? "";
  // The currency may come first ("RMB in thousands") or after ("in millions of euros").
  const named = text.slice(Math.max(0, match.index - 40), match.index + 160).replace(/\bexcept\b[^)]*/i, "");
  const currency = currencyIn(named, dollar);
  return { exponent, except, currency };
}

const CELL_SYMBOL = new RegExp(`(${SYMBOL})`);
const PER_SHARE =
  /\bper\s+(?:basic\s+|diluted\s+)?(?:common\s+|ordinary\s+|class\s+[a-z]\s+)?(?:share|ads|unit)s?\b|\bEPS\b|\bearnings per\b|\bdividends? (?:declared )?per\b/i;
const SHARES = /\bshares?\b|\bADSs?\b/i;
/** Row labels that only say which variant of their group's measure they are. */
const GENERIC_ROW = /^(?:basic|diluted|basic and diluted|total)\b[\s:.,]*$|^(?:basic|diluted)\b/i;
const PERCENT_WORDS = /%|\bpercent(?:age)?\b|\bmargin %|\bas a % of\b/i;

/** The number in a cell: "$(1,234.5)" → -1234.5; "12.5%" → 12.5; undefined if none. */
function cellNumber(text: string): { digits: string; negative: boolean; percent: boolean } | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0];
  if (digits === undefined) return undefined;
  const negative = /\(\s*[^)]*\d/.test(text) || /^[-–−]|[$€£¥]\s?[-–−]\d/.test(text.trim());
  return { digits, negative, percent: text.includes("%") };
}

/**
 * The figures of one table block, in text order.
 * @param text the canonical text
 * @param block a block of kind "table" (with its layout)
 * @param caption text around the table that may hold its scale line (the paragraphs above it)
 */
export function tableFigures(text: string, block: Block, caption: string, dollar = "USD"): Figure[] {
  const layout = block.table;
  if (layout === undefined) return [];
  const rows = tableCellRanges(text, block);
  const cellText = (start: number, end: number): string => text.slice(start, end);
  const headerRows = rows.slice(0, layout.headerRows);
  const headerText = headerRows
    .flat()
    .map((cell) => cellText(cell.start, cell.end))
    .join(" ");
  const scale =
    readScale(headerText, dollar) ??
    readScale(caption, dollar) ??
    readScale(cellText(block.start, block.end), dollar);

  // Column headings: every header cell covering the column, top to bottom, without the scale line.
  const headings: string[][] = Array.from({ length: layout.columns }, () => []);
  for (const row of headerRows)
    for (const cell of row) {
      if (cell.covered) continue;
      const words = cellText(cell.start, cell.end).trim();
      if (words === "" || SCALE_PHRASE.test(words)) continue;
      for (let c = cell.column; c < cell.column + cell.colSpan; c++) {
        const list = headings[c];
        if (list !== undefined && !list.includes(words)) list.push(words);
      }
    }

  // The currency of the table: named by the scale line, else by the symbols in its cells.
  const body = rows.slice(layout.headerRows);
  let currency = scale?.currency;
  if (currency === undefined)
    for (const row of body) {
      for (const cell of row) {
        const symbol = CELL_SYMBOL.exec(cellText(cell.start, cell.end))?.[1];
        if (symbol !== undefined) {
          currency = symbol === "$" ? dollar : (SYMBOLS[symbol] ?? "USD");
          break;
        }
      }
      if (currency !== undefined) break;
    }

  // "except per share data" leaves share counts scaled; "except share and per share data" does not.
  const exceptShares = /\bshares?\b/.test((scale?.except ?? "").replace(/\bper[\s-]+shares?\b/g, ""));
  const figures: Figure[] = [];
  /** A label row without numbers ("Earnings per share:") heads the rows below it. */
  let group = "";
  for (const row of body) {
    const own = row[0] === undefined ? "" : cellText(row[0].start, row[0].end).trim();
    const values = row.filter((cell) => cell.column > 0 && isValueCell(cellText(cell.start, cell.end)));
    if (values.length === 0) {
      group = own.length <= 120 ? own : "";
      continue;
    }
    const label = group !== "" && own !== "" && !/^total\b/i.test(own) ? `${group} ${own}` : own;
    // What the number is: the row's own label, or its group's when the label only says which
    // kind ("Earnings per share:" / "Basic").
    const describes = own === "" || GENERIC_ROW.test(own) ? label : own;
    for (const cell of row) {
      if (cell.column === 0 || cell.covered) continue;
      const written = cellText(cell.start, cell.end);
      if (!isValueCell(written)) continue;
      const number = cellNumber(written);
      if (number === undefined) continue;
      const column = (headings[cell.column] ?? []).join(" ");
      const perShare =
        PER_SHARE.test(describes) &&
        (number.digits.includes(".") || Number(number.digits.replace(/,/g, "")) < 1000);
      let kind: FigureKind;
      let exponent = 0;
      let unit: string;
      if (
        number.percent ||
        PERCENT_WORDS.test(column) ||
        (PERCENT_WORDS.test(describes) && !CELL_SYMBOL.test(written))
      ) {
        kind = "percent";
        exponent = -2;
        unit = "ratio";
      } else if (perShare) {
        kind = currency !== undefined || CELL_SYMBOL.test(written) ? "money" : "other";
        unit = kind === "money" ? (currency ?? "USD") : "count";
      } else if (SHARES.test(describes) && !CELL_SYMBOL.test(written)) {
        kind = "shareCount";
        unit = "shares";
        exponent = exceptShares ? 0 : (scale?.exponent ?? 0);
      } else if (currency !== undefined) {
        kind = "money";
        unit = currency;
        exponent = scale?.exponent ?? 0;
      } else {
        kind = "other";
        unit = "count";
        exponent = scale?.exponent ?? 0;
      }
      const magnitude = decimal(number.digits, exponent);
      if (!Number.isFinite(magnitude)) continue;
      // The figure is the cell's text without surrounding spaces.
      const lead = written.length - written.trimStart().length;
      const trail = written.length - written.trimEnd().length;
      figures.push({
        kind,
        text: written.trim(),
        value: number.negative ? -magnitude : magnitude,
        unit,
        start: cell.start + lead,
        end: cell.end - trail,
        row: label || undefined,
        column: column || undefined,
      });
    }
  }
  return figures;
}
