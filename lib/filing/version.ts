/** Bumped whenever the analysis changes its output, so stored analyses can be refreshed. */
// 3: search passages (one row per block) are stored with the analysis.
// 4: data tables (table blocks and their figures), preformatted text tables, Parts and section
//    levels, sub-item ids under their Item, no bare years, more metadata.
// 5: two-level risk taxonomy (groups over finer categories, decided by title and opening),
//    risk sections under older names and in any case, phrase/short run-in titles, plain-text
//    page widths, more written figure forms (lists, ranges, fractions, mln/bn, counts), a
//    filing's own dollar.
// 6: an inline XBRL filing's facts are stored with the analysis (FilingFact rows).
// 7: a table whose column headers stack short lines in blocks ("Fair Value" / "(Level 2)") is
//    a data table, not page layout; long text facts placed by their opening words, nested facts
//    after their container's earlier ones; running heads past a page's contents link; a bare
//    centred risk heading ends at the next heading set the same way.
// 8: title-cased sentences above their bodies are a plain risk section's titles (text extracted
//    without its bold); a bullet left alone on its line joins the item on the next; a page
//    number on its own line inside a sentence is read across; where one-sentence titles are the
//    pattern, a short paragraph above a much longer body is a title too.
export const ANALYZER_VERSION = 8;
