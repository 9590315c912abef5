/**
 * Data tables of EDGAR HTML, as a reader wants them. Filings lay a statement out on a grid
 * of narrow columns: a "$" in one cell, the number in the next, ")" or "%" in a third, empty
 * spacer columns between, and headers spanning them all. This module places the cells on
 * that grid (colspan, rowspan), merges symbol and suffix columns into the number they belong
 * to, drops spacer columns and empty rows, and finds the header rows. What comes out is a
 * rectangular table: every row has the same number of cells; a spanning cell holds its text
 * and the cells it covers are empty.
 */
import type { TableLayout } from "./types";

/** A cell as the HTML gives it. */
export interface RawCell {
  /** Whitespace already collapsed; no tab or newline. */
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** A normalized table: rows of cell texts, all `layout.columns` long. */
export interface NormalizedTable {
  rows: string[][];
  layout: TableLayout;
}

/** Widest grid accepted; wider tables keep their first columns (bounded work on hostile input). */
const MAX_GRID_COLUMNS = 200;
const MAX_SPAN = 100;

const CURRENCY_CELL =
  /^(?:\$|US\$|U\.S\.\$|C\$|A\$|HK\$|NT\$|R\$|S\$|€|£|¥|￥|₩|₹|RMB|Ps\.?|Rs\.?|CHF|EUR|USD|JPY|GBP|CAD|CNY|\(\$|\$\(|\()$/;
const SUFFIX_CELL = /^(?:\)|%|\)%|%\)|\)\s%|pts?\.?|bps|x)$/;
/** A number as tables print it: "8,589", "(1,234)", "12.5%", "$ 3.14", "—" is not one. */
const VALUE = /^[(\-–−]?\s?(?:[$€£¥₩₹]|US\$|RMB|Ps\.)?\s?\(?[-–−]?\d[\d,]*(?:\.\d+)?\)?\s?%?\)?\*?$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Does a cell hold a number (not a bare year, which heads a column)? */
export function isValueCell(text: string): boolean {
  const t = text.trim();
  return VALUE.test(t) && !YEAR.test(t.replace(/[()]/g, ""));
}

/** A cell's text and where it sits on the HTML grid. */
interface Placed {
  text: string;
  row: number;
  column: number;
  colSpan: number;
  rowSpan: number;
}

/** Places cells on the grid as browsers do: rowspans push later rows' cells to the right. */
function placeCells(raw: readonly RawCell[][]): { placed: Placed[]; width: number } {
  const placed: Placed[] = [];
  /** For each grid column, the first row it is free again (rowspans reserve it). */
  const busyUntil: number[] = [];
  let width = 0;
  raw.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (column < MAX_GRID_COLUMNS && (busyUntil[column] ?? 0) > row) column++;
      if (column >= MAX_GRID_COLUMNS) break;
      const colSpan = Math.max(1, Math.min(cell.colSpan, MAX_SPAN, MAX_GRID_COLUMNS - column));
      const rowSpan = Math.max(1, Math.min(cell.rowSpan, MAX_SPAN, raw.length - row));
      placed.push({ text: cell.text, row, column, colSpan, rowSpan });
      for (let c = column; c < column + colSpan; c++) busyUntil[c] = row + rowSpan;
      column += colSpan;
      width = Math.max(width, column);
    }
  });
  return { placed, width };
}

/** A "$" or a ")" / "%" in a cell of its own: it belongs to the number beside it. */
function isAttachment(text: string): "prefix" | "suffix" | undefined {
  if (CURRENCY_CELL.test(text)) return "prefix";
  if (SUFFIX_CELL.test(text)) return "suffix";
  return undefined;
}

/**
 * Groups the grid's columns into the table's logical columns. Narrow cells first: a cell whose
 * columns hold at most one group with content so far joins them into one group (a number
 * spanning the "$" column and its own, a label over three columns); a cell over several groups
 * with content is a header spanning them. "$", ")" and "%" cells never hold content of their
 * own. Returns grid column → logical column (-1: empty), and the logical column count.
 */
function mapColumns(placed: readonly Placed[], width: number): { map: number[]; count: number } {
  const parent = Array.from({ length: width }, (_, c) => c);
  const find = (c: number): number => {
    while (parent[c] !== c) c = parent[c] = parent[parent[c]!]!;
    return c;
  };
  const occupied = new Set<number>();
  const attachments: { column: number; kind: "prefix" | "suffix" }[] = [];
  const cells = placed.filter((cell) => cell.text !== "").sort((a, b) => a.colSpan - b.colSpan);
  for (const cell of cells) {
    const attachment = isAttachment(cell.text);
    if (attachment !== undefined && cell.colSpan === 1) {
      attachments.push({ column: cell.column, kind: attachment });
      continue;
    }
    const groups = new Set<number>();
    for (let c = cell.column; c < cell.column + cell.colSpan; c++)
      if (occupied.has(find(c))) groups.add(find(c));
    if (groups.size <= 1) {
      const root = find(cell.column);
      for (let c = cell.column + 1; c < cell.column + cell.colSpan; c++) parent[find(c)] = root;
      occupied.add(find(cell.column));
    }
  }
  // Logical columns: groups with content, left to right.
  const map: number[] = Array.from({ length: width }, () => -1);
  const logicalOf = new Map<number, number>();
  let count = 0;
  for (let c = 0; c < width; c++) {
    const root = find(c);
    if (!occupied.has(root)) continue;
    if (!logicalOf.has(root)) logicalOf.set(root, count++);
    map[c] = logicalOf.get(root)!;
  }
  // A "$" alone in its group belongs to the number on its right; ")" and "%" to the left.
  for (const { column, kind } of attachments) {
    if (map[column] !== -1) continue;
    const step = kind === "prefix" ? 1 : -1;
    let target = -1;
    for (let c = column + step; c >= 0 && c < width && target === -1; c += step) target = map[c] ?? -1;
    for (let c = column - step; c >= 0 && c < width && target === -1; c -= step) target = map[c] ?? -1;
    map[column] = target;
  }
  return { map, count };
}

/** Joins the pieces of one logical cell: "$" + "8,589" → "$8,589", "(1,234" + ")" → "(1,234)". */
function joinPieces(pieces: readonly string[]): string {
  let out = "";
  for (const piece of pieces) {
    if (piece === "") continue;
    if (out === "") out = piece;
    else if (CURRENCY_CELL.test(out.trim()) || /[($]$/.test(out) || SUFFIX_CELL.test(piece)) out += piece;
    else out += ` ${piece}`;
  }
  return out;
}

interface Slot {
  pieces: { column: number; text: string }[];
  colSpan: number;
  rowSpan: number;
  /** Covered by a spanning cell of an earlier column or row. */
  covered: boolean;
}

/**
 * Normalizes a table's raw cells (see the module comment). Returns undefined when nothing
 * readable is left.
 */
export function normalizeTable(raw: readonly RawCell[][]): NormalizedTable | undefined {
  const { placed, width } = placeCells(raw);
  if (width === 0) return undefined;
  const { map, count } = mapColumns(placed, width);
  if (count === 0) return undefined;

  const nearest = (column: number): number => {
    for (let d = 0; d < width; d++) {
      const left = map[column - d];
      if (left !== undefined && left >= 0) return left;
      const right = map[column + d];
      if (right !== undefined && right >= 0) return right;
    }
    return 0;
  };

  const grid: Slot[][] = raw.map(() =>
    Array.from({ length: count }, () => ({ pieces: [], colSpan: 1, rowSpan: 1, covered: false })),
  );
  for (const cell of placed) {
    if (cell.text === "") continue;
    const logical: number[] = [];
    for (let c = cell.column; c < cell.column + cell.colSpan; c++) {
      const l = map[c];
      if (l !== undefined && l >= 0) logical.push(l);
    }
    const first = logical.length > 0 ? Math.min(...logical) : nearest(cell.column);
    const last = logical.length > 0 ? Math.max(...logical) : first;
    const slot = grid[cell.row]?.[first];
    if (slot === undefined) continue;
    slot.pieces.push({ column: cell.column, text: cell.text });
    if (last > first) slot.colSpan = Math.max(slot.colSpan, last - first + 1);
    if (cell.rowSpan > 1) slot.rowSpan = Math.max(slot.rowSpan, cell.rowSpan);
  }

  // Spans only where the covered slots are empty; otherwise the cell keeps to its own column.
  grid.forEach((row, r) => {
    row.forEach((slot, c) => {
      if (slot.pieces.length === 0 || slot.covered) return;
      let colSpan = 1;
      while (colSpan < slot.colSpan && (row[c + colSpan]?.pieces.length ?? 1) === 0) colSpan++;
      let rowSpan = 1;
      while (
        rowSpan < slot.rowSpan &&
        r + rowSpan < grid.length &&
        Array.from({ length: colSpan }, (_, k) => grid[r + rowSpan]?.[c + k]).every(
          (s) => s !== undefined && s.pieces.length === 0,
        )
      )
        rowSpan++;
      slot.colSpan = colSpan;
      slot.rowSpan = rowSpan;
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          const covered = grid[r + dr]?.[c + dc];
          if (covered !== undefined) covered.covered = true;
        }
    });
  });

  // Drop empty rows (remapping row spans) and columns left empty.
  const texts = grid.map((row) =>
    row.map((slot) =>
      slot.covered
        ? ""
        : joinPieces(slot.pieces.sort((a, b) => a.column - b.column).map((p) => p.text))
            .replace(/[\t\n]+/g, " ")
            .trim(),
    ),
  );
  const keptRows = texts.map((row) => row.some((text) => text !== ""));
  const usedColumns = Array.from({ length: count }, (_, c) => texts.some((row) => row[c] !== ""));
  const newRowIndex: number[] = [];
  let kept = 0;
  keptRows.forEach((keep, r) => {
    newRowIndex[r] = keep ? kept++ : -1;
  });
  const newColumnIndex: number[] = [];
  let columns = 0;
  usedColumns.forEach((used, c) => {
    newColumnIndex[c] = used ? columns++ : -1;
  });
  if (kept === 0 || columns === 0) return undefined;

  const rows: string[][] = [];
  const spans: [number, number, number, number][] = [];
  texts.forEach((row, r) => {
    if (!keptRows[r]) return;
    rows.push(row.filter((_, c) => usedColumns[c]));
    grid[r]!.forEach((slot, c) => {
      if (slot.covered || slot.pieces.length === 0 || !usedColumns[c]) return;
      if (slot.colSpan === 1 && slot.rowSpan === 1) return;
      let colSpan = 0;
      for (let k = c; k < c + slot.colSpan; k++) if (usedColumns[k]) colSpan++;
      let rowSpan = 0;
      for (let k = r; k < r + slot.rowSpan; k++) if (keptRows[k]) rowSpan++;
      if (colSpan > 1 || rowSpan > 1)
        spans.push([newRowIndex[r]!, newColumnIndex[c]!, Math.max(1, colSpan), Math.max(1, rowSpan)]);
    });
  });
  return { rows, layout: { columns, headerRows: headerRowCount(rows), spans } };
}

/** A scale line such as "(In millions, except per share data)". */
export const SCALE_PHRASE =
  /\(?\s*(?:dollars?|amounts?|in\s+(?:U\.S\.\s+)?(?:dollars|euros?|yen|RMB)\s+)?\s*in\s+(thousands|millions|billions)\b/i;

/**
 * Leading rows that head the columns: rows without a number (years and dates are headers),
 * at most five, and never every row.
 */
function headerRowCount(rows: readonly string[][]): number {
  // A table of words (officers, exchanges, signatures) is headed by its first row.
  if (!rows.some((row) => row.slice(1).some((text) => isValueCell(text)))) return rows.length >= 2 ? 1 : 0;
  let count = 0;
  for (const row of rows) {
    if (count >= 5 || count >= rows.length - 1) break;
    const values = row.slice(1).filter((text) => isValueCell(text));
    if (values.length > 0) break;
    // A row with only a label in the first column is a body row ("Current assets:")…
    const others = row.slice(1).filter((text) => text !== "");
    if (others.length === 0 && count === 0 && !SCALE_PHRASE.test(row[0] ?? "")) break;
    if (others.length === 0 && count > 0) break;
    count++;
  }
  return count;
}

/** The cells of a table block: each cell's text range and span, from the block's text and layout. */
export interface TableCellRange {
  row: number;
  column: number;
  start: number;
  end: number;
  colSpan: number;
  rowSpan: number;
  /** Covered by a spanning cell: not drawn. */
  covered: boolean;
}

/**
 * Splits a table block's text (rows by "\n", cells by "\t") into cells with their ranges in the
 * canonical text and their spans. Rows are returned as laid out; a malformed row (which the
 * analysis never makes) keeps the cells it has.
 */
export function tableCellRanges(
  text: string,
  block: { start: number; end: number; table?: TableLayout },
): TableCellRange[][] {
  const layout = block.table;
  const spanAt = new Map<string, [number, number]>();
  for (const [row, column, colSpan, rowSpan] of layout?.spans ?? [])
    spanAt.set(`${row}:${column}`, [colSpan, rowSpan]);
  const covered = new Set<string>();
  for (const [row, column, colSpan, rowSpan] of layout?.spans ?? [])
    for (let r = row; r < row + rowSpan; r++)
      for (let c = column; c < column + colSpan; c++) if (r !== row || c !== column) covered.add(`${r}:${c}`);
  const rows: TableCellRange[][] = [];
  let position = block.start;
  let row = 0;
  let column = 0;
  let cells: TableCellRange[] = [];
  let cellStart = position;
  const endCell = (end: number): void => {
    const span = spanAt.get(`${row}:${column}`);
    cells.push({
      row,
      column,
      start: cellStart,
      end,
      colSpan: span?.[0] ?? 1,
      rowSpan: span?.[1] ?? 1,
      covered: covered.has(`${row}:${column}`),
    });
  };
  for (; position < block.end; position++) {
    const ch = text.charCodeAt(position);
    if (ch === 9) {
      endCell(position);
      column++;
      cellStart = position + 1;
    } else if (ch === 10) {
      endCell(position);
      rows.push(cells);
      cells = [];
      row++;
      column = 0;
      cellStart = position + 1;
    }
  }
  endCell(block.end);
  rows.push(cells);
  return rows;
}

/**
 * A table block as a rectangular grid of cell texts (what CSV and TSV exports write): a
 * spanning cell's text in its first position, the positions it covers empty.
 */
export function tableGrid(
  text: string,
  block: { start: number; end: number; table?: TableLayout },
): string[][] {
  return tableCellRanges(text, block).map((row) =>
    row.map((cell) => (cell.covered ? "" : text.slice(cell.start, cell.end))),
  );
}
