import { describe, expect, it } from "vitest";
import { analyzeFiling } from "@/lib/filing/analyze";
import { toWebAnnotation } from "@/lib/export/web-annotation";
import { getViewer } from "./get-viewer";
import { getFiling } from "./get-filing";
import { listExportAnnotations } from "./list-export-annotations";
import { updateFilingAnalysis } from "./update-filing-analysis";
import { db } from "../db";
import { createSampleFiling, createTestAnnotation, createTestUser } from "../testing/fixtures";
import { readReaderNotes } from "../notes/read-reader-notes";

// A replacement of a filing's text stores where each note landed, so that what reads stored
// offsets (exports, the CSV's risk-factor column, the brief, search) never points into the
// text that was replaced.
describe("anchors stored when a filing's text is replaced", () => {
  it("moves each note to its passage in the new text, and marks one whose quote is gone as orphaned", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("anchors");
    const keep = "we have ten consolidated subsidiaries";
    const gone =
      "which cost us ¥5,025 million in cash and share exchanges with the issuance of 2,178 new shares";
    const at = (text: string, quote: string) => {
      const start = text.indexOf(quote);
      expect(start).toBeGreaterThan(0);
      return { start, end: start + quote.length };
    };
    const kept = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      authorId: author,
      ...at(analysis.text, keep),
    });
    const orphaned = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      authorId: author,
      ...at(analysis.text, gone),
    });

    // A corrected source: a preface moves every passage; one sentence is cut.
    const corrected = `Preface added by the amendment, which moves every passage along.\n\n${analysis.text.replace(` ${gone}.`, ".")}`;
    expect(corrected.includes(gone)).toBe(false);
    const newAnalysis = analyzeFiling({ content: corrected, fileName: "iij.txt" });
    await updateFilingAnalysis({ filingId: filing.id, analysis: newAnalysis, sourceContent: corrected });
    const replaced = (await getFiling({ slug: filing.slug }))!;

    const rows = await db().annotation.findMany({
      where: { id: { in: [kept.id, orphaned.id] } },
      select: { id: true, start: true, end: true, textHash: true, orphanedAt: true, exact: true },
    });
    const keptRow = rows.find((row) => row.id === kept.id)!;
    expect(keptRow).toMatchObject({
      ...at(replaced.canonicalText, keep),
      textHash: replaced.textHash,
      orphanedAt: null,
    });
    const orphanRow = rows.find((row) => row.id === orphaned.id)!;
    expect(orphanRow.orphanedAt).toBeInstanceOf(Date);
    expect(orphanRow.exact).toBe(gone);

    // Exports read the stored offsets: the kept note's position is its passage in the new text;
    // the orphan has no position and no risk factor.
    const viewer = await getViewer({ userId: author });
    const exported = await listExportAnnotations({ viewer, filingId: filing.id });
    const keptExport = exported.find((row) => row.id === kept.id)!;
    expect(replaced.canonicalText.slice(keptExport.start, keptExport.end)).toBe(keep);
    const orphanExport = exported.find((row) => row.id === orphaned.id)!;
    expect(orphanExport).toMatchObject({ orphaned: true, riskFactorTitle: null });
    const options = {
      baseUrl: "http://localhost:3000",
      filing: {
        slug: replaced.slug,
        company: replaced.company,
        form: replaced.form,
        fiscalYear: replaced.fiscalYear,
      },
    };
    const selectors = (row: typeof keptExport) => {
      const target = toWebAnnotation(row, options).target;
      return typeof target === "string" ? [] : target.selector.map((selector) => selector.type);
    };
    expect(selectors(keptExport)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);
    expect(selectors(orphanExport)).toEqual(["TextQuoteSelector"]);

    // The reader shows the same: one note at its new place, one orphan.
    const notes = (await readReaderNotes({ filingSlug: filing.slug, userId: author }))!;
    expect(notes.find((note) => note.id === kept.id)!.anchor).toEqual({
      status: "anchored",
      ...at(replaced.canonicalText, keep),
      changed: false,
    });
    expect(notes.find((note) => note.id === orphaned.id)!.anchor).toEqual({ status: "orphan" });
  });
});
