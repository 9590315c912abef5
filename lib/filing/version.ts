/** Bumped whenever the analysis changes its output, so stored analyses can be refreshed. */
// 3: search passages (one row per block) are stored with the analysis.
export const ANALYZER_VERSION = 3;
