"use server";

import { bareCik } from "@/lib/edgar/cik";
import { edgarPicksSchema } from "@/lib/edgar/import-request";
import type { ActionState } from "@/lib/action-state";
import { requestEdgarImport } from "@/server/filings/request-edgar-import";
import { userAction } from "@/server/user-action";

/** Queues the filings picked from the EDGAR list, one background job each; answers their ids. */
export const importFromEdgar = userAction(
  { schema: edgarPicksSchema, signedOut: "Sign in to import filings.", limit: "analysis" },
  async ({ filings }, user): Promise<ActionState<{ jobIds: string[] }>> => {
    const jobIds: string[] = [];
    for (const { cik, accession, label } of filings) {
      // The filing's folder on EDGAR: the job finds it in the company's submissions.
      const folder = `https://www.sec.gov/Archives/edgar/data/${bareCik(cik)}/${accession.replace(/-/g, "")}/`;
      jobIds.push((await requestEdgarImport({ userId: user.id, input: folder, label })).id);
    }
    return { ok: true, data: { jobIds } };
  },
);
