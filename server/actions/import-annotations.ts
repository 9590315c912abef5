"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, type ActionState } from "@/lib/action-state";
import { anchorImported, IMPORT_LIMITS } from "@/lib/export/anchor-imported";
import { parseWebAnnotationDocument } from "@/lib/export/import-web-annotations";
import { canShareWith } from "@/lib/permissions/annotation-access";
import { currentUser } from "@/server/auth";
import { isAppError } from "@/server/errors";
import { getFilingText } from "@/server/data/get-filing-text";
import { getViewer } from "@/server/data/get-viewer";
import { importAnnotations as storeImport } from "@/server/data/import-annotations";
import { rateLimitState } from "@/server/rate-limits";

/** The largest annotation file the reader's import accepts (as the API). */
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const importFormSchema = z.object({
  filingSlug: z.string().trim().min(1).max(200),
  visibility: z.union([z.literal("private"), z.uuid()]).default("private"),
  file: z
    .instanceof(File, { message: "Choose a .jsonld or .json file." })
    .refine((file) => file.size > 0, "The file is empty.")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "The file is over 5 MB.")
    .refine(
      (file) => /\.(jsonld|json)$/i.test(file.name),
      "Choose a .jsonld or .json file (W3C Web Annotation).",
    ),
});

/**
 * Imports a W3C Web Annotation file into a filing as the user's notes: all or nothing, with
 * every problem listed when the file is invalid or a quote is not in the text.
 */
export async function importAnnotations(
  _previous: ActionState<{ imported: number; replies: number }>,
  formData: FormData,
): Promise<ActionState<{ imported: number; replies: number }>> {
  const user = await currentUser();
  if (!user) return failed("Sign in to import annotations.");
  const limited = rateLimitState(user.id);
  if (limited) return limited;
  const parsed = importFormSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Choose a file.";
    return failed(message, { file: [message] });
  }
  const { filingSlug, visibility, file } = parsed.data;
  const filing = await getFilingText({ slug: filingSlug });
  if (!filing) return failed("That filing does not exist.");
  const viewer = await getViewer({ userId: user.id });
  if (visibility !== "private" && !canShareWith(viewer, visibility))
    return failed("You can only share with a workspace you belong to.");
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return failed("That file is not JSON.", { file: ["That file is not JSON."] });
  }
  const document = parseWebAnnotationDocument(json);
  if (!document.ok)
    return failed("Nothing was imported: the file is not a valid Web Annotation document.", {
      file: document.errors.slice(0, 10),
    });
  if (document.annotations.length === 0) return failed("The file holds no annotations.");
  if (document.annotations.length > IMPORT_LIMITS.annotations) {
    const message = `Nothing was imported: one import holds at most ${IMPORT_LIMITS.annotations.toLocaleString("en-US")} annotations. Split the file.`;
    return failed(message, { file: [message] });
  }
  const placed = await anchorImported(filing.canonicalText, document.annotations);
  if (!placed.ok)
    return failed(
      placed.reason === "too-slow"
        ? "Nothing was imported: placing the annotations took too long."
        : "Nothing was imported: some quotes are not in this filing's text.",
      { file: placed.errors.slice(0, 10) },
    );
  let result: Awaited<ReturnType<typeof storeImport>>;
  try {
    result = await storeImport({
      filingId: filing.id,
      authorId: user.id,
      workspaceId: visibility === "private" ? null : visibility,
      textHash: filing.textHash,
      annotations: placed.rows,
    });
  } catch (error) {
    if (isAppError(error)) return failed(error.message);
    throw error;
  }
  revalidatePath(`/filings/${filing.slug}`);
  return { ok: true, data: { imported: result.annotationIds.length, replies: result.replyCount } };
}
