/** Bumped whenever the analysis changes its output, so stored analyses can be refreshed. */
// 3: search passages (one row per block) are stored with the analysis.
// 4: data tables (table blocks and their figures), preformatted text tables, Parts and section
//    levels, sub-item ids under their Item, no bare years, more metadata.
// 5: two-level risk taxonomy (groups over finer categories, decided by title and opening),
//    risk sections under older names and in any case, phrase/short run-in titles, plain-text
//    page widths, more written figure forms (lists, ranges, fractions, mln/bn, counts), a
//    filing's own dollar.
// 6: an inline XBRL filing's facts are stored with the analysis (FilingFact rows).
export const ANALYZER_VERSION = 6;
