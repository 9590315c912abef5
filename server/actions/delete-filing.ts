"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { filingTitle } from "@/lib/filing/format-metadata";
import { isFilingSlug } from "@/lib/filing/import-request";
import { assessFilingDeletion, mayDeleteFiling } from "@/lib/permissions/filing-access";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { deleteFiling as deleteFilingRows } from "@/server/data/delete-filing";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { getViewer } from "@/server/data/get-viewer";
import { userFormAction } from "@/server/user-action";

const deleteFilingSchema = z.object({ filingSlug: z.string().trim().refine(isFilingSlug, "Which filing?") });

/**
 * Deletes a filing with its notes, after the reader's confirmation: its importer, or an owner of
 * a workspace its notes are shared in. Refused while notes the deleter has no say over are on
 * it (see lib/permissions/filing-access); then the library opens with a notice.
 */
export const deleteFiling = userFormAction(
  { schema: deleteFilingSchema, signedOut: "Sign in first.", invalidMessage: "That filing does not exist." },
  async ({ filingSlug }, user): Promise<ActionState> => {
    const filing = await getFilingSummary({ slug: filingSlug });
    if (!filing) return failed("That filing does not exist.");
    const viewer = await getViewer({ userId: user.id });
    const assessment = assessFilingDeletion(viewer, filing, await countFilingNotes({ filingId: filing.id }));
    if (!assessment.allowed)
      return failed(
        "Only the filing's importer, or the owner of a workspace with notes on it, can delete it.",
      );
    if (!mayDeleteFiling(assessment))
      return failed(
        `${assessment.others} note${assessment.others === 1 ? "" : "s"} by other people ${assessment.others === 1 ? "is" : "are"} on this filing; deleting it would destroy their work, so it stays.`,
      );
    await deleteFilingRows({
      filingId: filing.id,
      userId: user.id,
      ownedWorkspaceIds: [...viewer.workspaces].filter(([, role]) => role === "owner").map(([id]) => id),
    });
    revalidatePath("/");
    redirect(`/?deleted=${encodeURIComponent(filingTitle(filing))}`);
  },
);
