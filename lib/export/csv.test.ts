import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs quoting and round-trips", () => {
    const csv = toCsv(
      ["text", "value"],
      [
        ["¥5,025 million", 5025000000],
        ['He said "no"\nthen left', null],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ["text", "value"],
      ["¥5,025 million", "5025000000"],
      ['He said "no"\nthen left', ""],
    ]);
  });

  it("keeps a bare line feed inside its cell (a Markdown list, a table value split by a line)", () => {
    const csv = toCsv(
      ["note", "n"],
      [
        ["* one\n* two\n* three", 1],
        ["49\n%", 2],
        [" padded ", 3],
      ],
    );
    // The only line breaks outside quotes are the CRLF record ends: 4 records.
    expect(csv.slice(1).split("\r\n").filter(Boolean)).toHaveLength(4);
    expect(parse(csv.slice(1)) as string[][]).toEqual([
      ["note", "n"],
      ["* one\n* two\n* three", "1"],
      ["49\n%", "2"],
      [" padded ", "3"],
    ]);
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    for (const attack of [
      '=HYPERLINK("http://x")',
      "+1+1",
      "-2+3",
      "@SUM(A1)",
      "\t=1",
      " =1+1",
      "\n=1+1",
      "\u3000=1+1",
      "＝1+1",
      '"=1+1',
      "\r@A1",
    ]) {
      expect(neutraliseFormula(attack)).toBe(`'${attack}`);
    }
    expect(neutraliseFormula("29.4%")).toBe("29.4%");
    const rows = parse(toCsv(["note"], [["=1+1"]]).slice(1)) as string[][];
    expect(rows[1]).toEqual(["'=1+1"]);
    // A filing's own table names its columns: its header row is neutralised too.
    const table = parse(toCsv(["Item", "=cmd|' /C calc'!A0"], [["Total", 5]]).slice(1)) as string[][];
    expect(table[0]).toEqual(["Item", "'=cmd|' /C calc'!A0"]);
  });
});
