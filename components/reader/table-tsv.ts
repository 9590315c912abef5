/**
 * A rendered filing table as TSV (what "Copy as TSV" puts on the clipboard): one line per row,
 * cells by tab, a cell spanning columns or rows followed by empty cells for what it covers,
 * so the columns line up when pasted into a spreadsheet.
 */
export function tableToTsv(table: HTMLTableElement): string {
  const grid: string[][] = [];
  Array.from(table.rows).forEach((row, r) => {
    const line = (grid[r] ??= []);
    let column = 0;
    for (const cell of Array.from(row.cells)) {
      while (line[column] !== undefined) column++;
      const text = (cell.textContent ?? "").replace(/[\t\r\n]+/g, " ").trim();
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++)
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) {
          const target = (grid[r + dr] ??= []);
          target[column + dc] = dr === 0 && dc === 0 ? text : "";
        }
      column += Math.max(1, cell.colSpan);
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? "").join("\t")).join("\n");
}
