"use server";

import { revalidatePath } from "next/cache";
import { failed, type ActionState } from "@/lib/action-state";
import { bareCik, paddedCik } from "@/lib/edgar/cik";
import { companyWatchSchema } from "@/lib/edgar/watched-filings";
import { createCompanyWatch } from "@/server/data/create-company-watch";
import { deleteCompanyWatch } from "@/server/data/delete-company-watch";
import { getViewer } from "@/server/data/get-viewer";
import { readEdgarCompany } from "@/server/edgar/read-edgar-company";
import { userFormAction } from "@/server/user-action";

/**
 * The signed-in user starts (`watch` "on") or stops watching a company, for themselves or for
 * a workspace they are in (`workspaceId`: every member is told): its new annual and quarterly
 * reports are imported and told in "For you". Starting asks EDGAR for the company (its name;
 * an unknown CIK is refused).
 */
export const watchCompany = userFormAction(
  { schema: companyWatchSchema, signedOut: "Sign in to watch a company." },
  async ({ cik, watch, workspaceId }, user): Promise<ActionState> => {
    if (workspaceId && !(await getViewer({ userId: user.id })).workspaces.has(workspaceId))
      return failed("You are not in that workspace.");
    const watcher = workspaceId ? { workspaceId } : { userId: user.id };
    if (watch === "off") await deleteCompanyWatch({ watcher, cik: paddedCik(cik) });
    else {
      const company = await readEdgarCompany({ cik });
      await createCompanyWatch({ watcher, cik: paddedCik(cik), company: company.name });
    }
    revalidatePath(`/companies/${bareCik(cik)}`);
    return { ok: true };
  },
);
