"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action-state";
import { bareCik, paddedCik } from "@/lib/edgar/cik";
import { companyWatchSchema } from "@/lib/edgar/watched-filings";
import { createCompanyWatch } from "@/server/data/create-company-watch";
import { deleteCompanyWatch } from "@/server/data/delete-company-watch";
import { readEdgarCompany } from "@/server/edgar/read-edgar-company";
import { userFormAction } from "@/server/user-action";

/**
 * The signed-in user starts (`watch` "on") or stops watching a company: its new annual and
 * quarterly reports are imported and told in their "For you". Starting asks EDGAR for the
 * company (its name; an unknown CIK is refused).
 */
export const watchCompany = userFormAction(
  { schema: companyWatchSchema, signedOut: "Sign in to watch a company." },
  async ({ cik, watch }, user): Promise<ActionState> => {
    if (watch === "off") await deleteCompanyWatch({ userId: user.id, cik: paddedCik(cik) });
    else {
      const company = await readEdgarCompany({ cik });
      await createCompanyWatch({ userId: user.id, cik: paddedCik(cik), company: company.name });
    }
    revalidatePath(`/companies/${bareCik(cik)}`);
    return { ok: true };
  },
);
