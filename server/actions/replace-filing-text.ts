"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { replaceFilingTextSchema } from "@/lib/filing/import-request";
import { replaceFilingText as replaceText } from "@/server/filings/replace-filing-text";
import { userFormAction } from "@/server/user-action";

/**
 * Replaces a filing's text with a corrected version, keeping the filing and its notes (see
 * replaceFilingText: notes anchored again, orphans listed, never dropped). Then the reader opens.
 */
export const replaceFilingText = userFormAction(
  {
    schema: replaceFilingTextSchema,
    signedOut: "Sign in to replace a filing's text.",
    limit: "analysis",
    sayFirstProblem: true,
  },
  async ({ filingSlug, file }, user) => {
    const { slug } = await replaceText({
      userId: user.id,
      filingSlug,
      fileName: file.name,
      content: await file.text(),
    });
    revalidatePath(`/filings/${slug}`);
    redirect(`/filings/${slug}`);
  },
);
