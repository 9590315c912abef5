/** Bumped whenever the analysis changes its output, so stored analyses can be refreshed. */
// 3: search passages (one row per block) are stored with the analysis.
// 4: data tables (table blocks and their figures), preformatted text tables, Parts and section
//    levels, sub-item ids under their Item, no bare years, more metadata.
export const ANALYZER_VERSION = 4;
