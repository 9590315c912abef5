import type { SimilarityScores } from "./similarity";

/** One year's report against the year before's. */
export interface TrendPoint {
  /** The newer report: its slug and year ("2024", or its period when the year is unknown). */
  slug: string;
  year: string;
  previousSlug: string;
  scores: SimilarityScores;
  added: number;
  removed: number;
  changed: number;
}
