"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed } from "@/lib/action-state";
import { getViewer } from "@/server/data/get-viewer";
import { isAppError } from "@/server/errors";
import { importNotes } from "@/server/notes/import-notes";
import { userFormAction } from "@/server/user-action";

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
 * Imports a W3C Web Annotation file into a filing as the user's notes (importNotes: all or
 * nothing), with the problems found listed under the file field.
 */
export const importAnnotations = userFormAction(
  { schema: importFormSchema, signedOut: "Sign in to import annotations.", sayFirstProblem: true },
  async ({ filingSlug, visibility, file }, user) => {
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return failed("That file is not JSON.", { file: ["That file is not JSON."] });
    }
    try {
      const result = await importNotes({
        viewer: await getViewer({ userId: user.id }),
        filingSlug,
        document,
        workspaceId: visibility === "private" ? null : visibility,
      });
      revalidatePath(`/filings/${result.filingSlug}`);
      return { ok: true, data: { imported: result.annotationIds.length, replies: result.replyCount } };
    } catch (error) {
      // Each problem of the file (its JSON path, or the quote not found) under the file field.
      if (isAppError(error) && error.details?.length)
        return failed(error.message, { file: error.details.slice(0, 10) });
      throw error;
    }
  },
);
