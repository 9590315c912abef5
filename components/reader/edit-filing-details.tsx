"use client";

import { useActionState } from "react";
import { PrimaryButton } from "@/components/ui/button";
import { ToolPanel } from "@/components/ui/tool-panel";
import { ActionTextField, FormMessage } from "@/components/ui/text-field";
import { updateFilingDetails } from "@/server/actions/update-filing-details";

/** What the reader shows in the form: the filing's details as stored. */
export interface EditableFilingDetails {
  company: string;
  form: string;
  fiscalYear: number | null;
  tickers: string[];
  cik: string | null;
  periodOfReport: string | null;
  filingDate: string | null;
  accessionNumber: string | null;
}

/**
 * For the filing's importer: correct what was read from the document (or typed at import).
 * Field errors sit beside their fields; a change made elsewhere since is reported, not lost.
 */
export function EditFilingDetails({
  filingSlug,
  version,
  details,
}: {
  filingSlug: string;
  /** The filing's updatedAt (ms) as shown. */
  version: number;
  details: EditableFilingDetails;
}) {
  const [state, action, pending] = useActionState(updateFilingDetails, null);
  const field = (
    name: keyof EditableFilingDetails,
    label: string,
    initial: string,
    extra: Partial<Parameters<typeof ActionTextField>[0]> = {},
  ) => (
    <ActionTextField
      state={state}
      idPrefix="details"
      name={name}
      label={label}
      initial={initial}
      {...extra}
    />
  );
  return (
    <ToolPanel
      summary="Correct details"
      // Stays open after a save or a failure, with its message.
      open={state !== null}
    >
      <form action={action} className="space-y-3" aria-label="Correct the filing’s details">
        <input type="hidden" name="filingSlug" value={filingSlug} />
        <input type="hidden" name="version" value={version} />
        {field("company", "Company", details.company, { required: true })}
        <div className="grid grid-cols-2 gap-3">
          {field("form", "Form", details.form, { required: true })}
          {field("fiscalYear", "Fiscal year", details.fiscalYear?.toString() ?? "", { inputMode: "numeric" })}
          {field("tickers", "Ticker", details.tickers.join(", "), { autoCapitalize: "characters" })}
          {field("cik", "CIK", details.cik ?? "", { inputMode: "numeric" })}
          {field("periodOfReport", "Period of report", details.periodOfReport ?? "", { type: "date" })}
          {field("filingDate", "Filing date", details.filingDate ?? "", { type: "date" })}
        </div>
        {field("accessionNumber", "Accession number", details.accessionNumber ?? "")}
        <p className="text-stone-600 dark:text-stone-400">
          Its address stays the same, so links already sent keep working.
        </p>
        <PrimaryButton type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save details"}
        </PrimaryButton>
        <div aria-live="polite">
          {state?.ok && (
            <p role="status" className="text-emerald-800 dark:text-emerald-300">
              Details saved.
            </p>
          )}
        </div>
        <FormMessage state={state} />
      </form>
    </ToolPanel>
  );
}
