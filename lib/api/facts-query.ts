import { z } from "zod";

/** The query of GET /api/v1/filings/{slug}/facts: a page size, where to continue, a concept. */
export const factsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** The `next` of the previous page: facts after this ordinal. */
  after: z.coerce.number().int().min(-1).max(10_000_000).default(-1),
  /** A concept's QName, "us-gaap:Revenues". */
  concept: z
    .string()
    .regex(/^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/)
    .max(300)
    .optional(),
});
