import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ANNOTATIONS_CSV_HEADER, annotationsToCsv } from "./annotations-csv";
import { ANNOTATIONS, BASE_URL, DISCUSSED, HIGHLIGHT, HOSTILE, annotationOn, comment } from "./test-fixtures";

function rowsOf(csv: string): string[][] {
  expect(csv.startsWith("\uFEFF")).toBe(true);
  return parse(csv.slice(1)) as string[][];
}

describe("annotationsToCsv", () => {
  it("writes the header and one row per annotation, in the documented column order", () => {
    const rows = rowsOf(annotationsToCsv({ annotations: ANNOTATIONS, baseUrl: BASE_URL }));
    expect(rows[0]).toEqual([
      "filing",
      "risk factor",
      "quote",
      "label",
      "tags",
      "note",
      "author",
      "workspace",
      "created",
      "updated",
      "state",
      "reply count",
      "link",
    ]);
    expect(rows[0]).toEqual(ANNOTATIONS_CSV_HEADER);
    expect(rows).toHaveLength(1 + ANNOTATIONS.length);
    expect(rows[1]).toEqual([
      "kabushiki-10-k-2024",
      "Customer concentration",
      "approximately 12% of our total revenue",
      "Figure",
      "",
      "",
      "Ana Lima",
      "Private",
      "2025-01-10T09:00:00.000Z",
      "2025-01-10T09:00:00.000Z",
      "open",
      "0",
      `${BASE_URL}/a/${HIGHLIGHT.id}`,
    ]);
  });

  it("keeps non-ASCII, Markdown newlines and tags intact, and counts only live replies", () => {
    const rows = rowsOf(annotationsToCsv({ annotations: [DISCUSSED], baseUrl: `${BASE_URL}/` }));
    const row = rows[1]!;
    expect(row[1]).toBe("Currency risk");
    expect(row[2]).toBe("In Egypt الهامش 🇪🇬 appears on every invoice");
    expect(row[4]).toBe("fx; égypte; 日本");
    expect(row[5]).toBe(DISCUSSED.note);
    expect(row[5]).toContain("\n\n- check the hedge");
    expect(row[7]).toBe("Research");
    expect(row[9]).toBe("2025-01-12T08:30:00.000Z");
    // Five comments, one deleted.
    expect(row[11]).toBe("4");
    // A trailing slash on the base URL does not double.
    expect(row[12]).toBe(`${BASE_URL}/a/${DISCUSSED.id}`);
  });

  it("survives commas, quotes and line breaks in every text column", () => {
    const tricky = annotationOn("Net sales grew 8% to $4.2 billion", {
      id: "tricky",
      note: 'He said "sell", then\r\nleft, twice,\n"really"',
      tags: ["a,b", 'say "hi"'],
      authorName: "O'Brien, Jr.",
      workspaceName: "Team\nTwo",
    });
    const row = rowsOf(annotationsToCsv({ annotations: [tricky], baseUrl: BASE_URL }))[1]!;
    expect(row).toHaveLength(13);
    expect(row[5]).toBe('He said "sell", then\r\nleft, twice,\n"really"');
    expect(row[4]).toBe('a,b; say "hi"');
    expect(row[6]).toBe("O'Brien, Jr.");
    expect(row[7]).toBe("Team\nTwo");
  });

  it("neutralises text a spreadsheet would run as a formula, and marks resolved annotations", () => {
    const row = rowsOf(annotationsToCsv({ annotations: [HOSTILE], baseUrl: BASE_URL }))[1]!;
    expect(row[5]).toBe(HOSTILE.note);
    expect(row[6]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row[4]).toBe("'@risk; -1; +fx");
    expect(row[10]).toBe("resolved");
    expect(row[11]).toBe("1");

    for (const attack of ["=1+1", "+SUM(A1)", "-2+3", "@cmd"]) {
      const annotation = annotationOn("regulatory penalties", {
        id: "x",
        note: attack,
        label: attack,
        authorName: attack,
        workspaceName: attack,
        riskFactorTitle: attack,
      });
      const cells = rowsOf(annotationsToCsv({ annotations: [annotation], baseUrl: BASE_URL }))[1]!;
      for (const index of [1, 3, 5, 6, 7]) expect(cells[index]).toBe(`'${attack}`);
    }
  });

  it("writes CRLF records and only the header for no annotations", () => {
    const csv = annotationsToCsv({ annotations: [], baseUrl: BASE_URL });
    expect(csv).toBe(`\uFEFF${ANNOTATIONS_CSV_HEADER.join(",")}\r\n`);
    const withReply = annotationOn("regulatory penalties", {
      id: "y",
      comments: [comment({ id: "r", body: "ok", deletedAt: new Date("2025-01-01T00:00:00Z") })],
    });
    const row = rowsOf(annotationsToCsv({ annotations: [withReply], baseUrl: BASE_URL }))[1]!;
    expect(row[11]).toBe("0");
  });
});
