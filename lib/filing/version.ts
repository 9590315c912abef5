/** Bumped whenever the analysis changes its output, so stored analyses can be refreshed. */
export const ANALYZER_VERSION = 2;
