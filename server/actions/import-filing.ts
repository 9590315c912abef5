"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { importFilingSchema, type ImportFilingInput } from "@/lib/filing/import-request";
import { importFiling as storeFiling } from "@/server/filings/import-filing";
import { userAction } from "@/server/user-action";

/** The metadata fields the form shows again after a failed import (React resets the form). */
const ECHOED_FIELDS = [
  "company",
  "form",
  "fiscalYear",
  "tickers",
  "cik",
  "periodOfReport",
  "filingDate",
  "accessionNumber",
] as const;

/**
 * Imports a filing (see importFiling: analysed and stored together; the same filing imported
 * again opens the one already there unless a new copy was asked for), then opens it in the
 * reader. Nothing is stored when anything is wrong, and the form keeps what was typed.
 */
export async function importFiling(_previous: ActionState, input: ImportFilingInput): Promise<ActionState> {
  return importAsUser(input);
}

const importAsUser = userAction(
  {
    schema: importFilingSchema,
    signedOut: "Sign in to import filings.",
    limit: "analysis",
    echo: (input) => {
      const fields = (input ?? {}) as Record<string, unknown>;
      const text = (value: unknown) => (Array.isArray(value) ? value.join(", ") : String(value ?? ""));
      return Object.fromEntries(ECHOED_FIELDS.map((name) => [name, text(fields[name])]));
    },
  },
  async (input, user): Promise<ActionState> => {
    const { company, form, fiscalYear, fileName, content, asNewCopy, ...details } = input;
    const imported = await storeFiling({
      importedById: user.id,
      fileName,
      content,
      company,
      form,
      fiscalYear,
      details,
      asNewCopy,
    });
    if (imported.existing) redirect(`/filings/${imported.slug}?already=1`);
    revalidatePath("/");
    redirect(`/filings/${imported.slug}`);
  },
);
