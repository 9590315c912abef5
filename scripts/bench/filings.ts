/**
 * The filings the benchmark reads. Shared by scripts/bench.ts and scripts/bench-seed.ts; kept
 * free of server imports so the orchestrator can load it without opening a database.
 */

/** The sample filing `npm start` loads on first start (prisma/seed/seed.ts). */
export const sampleFiling = { slug: "iij-20f-fy2008", label: "sample" } as const;

/** The ~500 KB filing the benchmark seeds itself (see scripts/bench-seed.ts). */
export const largeFiling = {
  slug: "bench-large-500kb",
  label: "500 KB",
  company: "Benchmark Corp (500 KB)",
  form: "10-K",
  fiscalYear: 2023,
  sourceFileName: "large-500kb.txt",
  /** Relative to the project root. */
  fixture: "lib/filing/__fixtures__/large-500kb.txt",
  /** How many notes the bench analyst has on it. */
  notes: 2_000,
} as const;

/** A whole annual report (2 MB inline XBRL HTML), for the whole-filing rows. */
export const wholeFiling = {
  slug: "bench-nflx-10k-2024",
  label: "whole 10-K",
  company: "Netflix, Inc.",
  form: "10-K",
  fiscalYear: 2024,
  sourceFileName: "netflix-10k-fy2024.htm",
  fixture: "lib/filing/__fixtures__/netflix-10k-fy2024.htm",
} as const;

/** The signed-in reader of the benchmark: the author of the large filing's notes. */
export const benchAnalyst = {
  name: "Bench Analyst",
  email: "bench@marginalia.local",
  password: "bench-analyst-password",
} as const;

/** The reader pages measured, in order. */
export const benchFilings: readonly { slug: string; label: string }[] = [
  sampleFiling,
  largeFiling,
  wholeFiling,
];
