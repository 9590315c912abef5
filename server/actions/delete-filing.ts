"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { filingTitle } from "@/lib/filing/format-metadata";
import { isFilingSlug } from "@/lib/filing/import-request";
import { assessFilingDeletion, mayDeleteFiling } from "@/lib/permissions/filing-access";
import { currentUser } from "@/server/auth";
import { countFilingNotes } from "@/server/data/count-filing-notes";
import { deleteFiling as deleteFilingRows } from "@/server/data/delete-filing";
import { getFilingSummary } from "@/server/data/get-filing-summary";
import { getViewer } from "@/server/data/get-viewer";
import { isAppError } from "@/server/errors";
import { rateLimitState } from "@/server/rate-limits";

const deleteFilingSchema = z.object({ filingSlug: z.string().trim().refine(isFilingSlug, "Which filing?") });

/**
 * Deletes a filing with its notes, after the reader's confirmation: its importer, or an owner of
 * a workspace its notes are shared in. Refused while notes the deleter has no say over are on
 * it (see lib/permissions/filing-access); then the library opens with a notice.
 */
export async function deleteFiling(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await currentUser();
  if (!user) return failed("Sign in first.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = deleteFilingSchema.safeParse({ filingSlug: formData.get("filingSlug") });
  if (!parsed.success) return failed("That filing does not exist.");
  const filing = await getFilingSummary({ slug: parsed.data.filingSlug });
  if (!filing) return failed("That filing does not exist.");
  const viewer = await getViewer({ userId: user.id });
  const assessment = assessFilingDeletion(viewer, filing, await countFilingNotes({ filingId: filing.id }));
  if (!assessment.allowed)
    return failed("Only the filing's importer, or the owner of a workspace with notes on it, can delete it.");
  if (!mayDeleteFiling(assessment))
    return failed(
      `${assessment.others} note${assessment.others === 1 ? "" : "s"} by other people ${assessment.others === 1 ? "is" : "are"} on this filing; deleting it would destroy their work, so it stays.`,
    );
  try {
    await deleteFilingRows({
      filingId: filing.id,
      userId: user.id,
      ownedWorkspaceIds: [...viewer.workspaces].filter(([, role]) => role === "owner").map(([id]) => id),
    });
  } catch (error) {
    if (isAppError(error)) return failed(error.message);
    throw error;
  }
  revalidatePath("/");
  redirect(`/?deleted=${encodeURIComponent(filingTitle(filing))}`);
}
