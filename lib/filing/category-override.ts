import { z } from "zod";
import { RISK_CATEGORIES } from "./types";

/** An analyst's category for a risk factor; null puts back the detected one. */
export const riskCategoryOverrideSchema = z.object({
  filingSlug: z.string().trim().min(1).max(200),
  blockId: z.string().regex(/^[a-z0-9-]{1,200}$/, "Unknown risk factor."),
  category: z.enum(RISK_CATEGORIES, { message: "Choose a category from the list." }).nullable(),
});
