"use client";

import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { PrimaryButton } from "@/components/ui/button";
import { ActionTextField, FormMessage } from "@/components/ui/text-field";
import { formValues, type ActionState } from "@/lib/action-state";
import { MAX_FILING_BYTES, SUPPORTED_FILING_EXTENSIONS, unsupportedFileType } from "@/lib/filing/file-limits";
import { importFiling } from "@/server/actions/import-filing";
import { previewFiling, type FilingPreview } from "@/server/actions/preview-filing";

type Source = { fileName: string; content: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Import a filing by upload or paste: the file is read in the browser (with progress),
 * analysed on the server for a preview, and the detected company, form and fiscal year can be
 * corrected before the filing is stored.
 */
export function ImportFiling() {
  const [mode, setMode] = useState<"upload" | "paste">("upload");
  const [source, setSource] = useState<Source | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [readProgress, setReadProgress] = useState<number | null>(null);
  const [preview, setPreview] = useState<FilingPreview | null>(null);
  const [analysing, startAnalysis] = useTransition();
  const [pasted, setPasted] = useState("");
  const problemId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  function analyse(next: Source) {
    setSource(next);
    setPreview(null);
    setProblem(null);
    startAnalysis(async () => {
      try {
        const result = await previewFiling(next);
        if (result?.ok) setPreview(result.data);
        else setProblem(result?.message ?? "The filing could not be analysed.");
      } catch {
        setProblem("The filing could not be analysed. Try again, or import a smaller part of it.");
      }
    });
  }

  function onFile(file: File | undefined) {
    setPreview(null);
    setSource(null);
    if (!file) return;
    const typeProblem = unsupportedFileType(file.name);
    if (typeProblem) return setProblem(typeProblem);
    if (file.size === 0) return setProblem("The file is empty.");
    if (file.size > MAX_FILING_BYTES)
      return setProblem(
        `The file is ${megabytes(file.size)}; the limit is 20 MB. Import the part you need (e.g. Item 1A).`,
      );
    setProblem(null);
    const reader = new FileReader();
    reader.onprogress = (event) => event.lengthComputable && setReadProgress(event.loaded / event.total);
    reader.onerror = () => {
      setReadProgress(null);
      setProblem("The file could not be read.");
    };
    reader.onload = () => {
      setReadProgress(null);
      analyse({ fileName: file.name, content: String(reader.result ?? "") });
    };
    setReadProgress(0);
    reader.readAsText(file);
  }

  // A file chosen before the form's code had loaded (the input works from the first paint)
  // fired no change event: take it now.
  useEffect(() => {
    const chosen = fileInput.current?.files?.[0];
    if (chosen) queueMicrotask(() => onFile(chosen));
    // Once, on mount: later choices come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section
      aria-labelledby="import-title"
      className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="import-title" className="font-semibold">
        Import a filing
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        EDGAR text (.txt) or HTML (.htm, .html), up to 20 MB: a whole filing or just its risk factors.
      </p>
      <div role="tablist" aria-label="How to import" className="mt-3 flex gap-1 text-sm">
        {(["upload", "paste"] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={mode === value}
            onClick={() => setMode(value)}
            className="rounded-md px-3 py-1.5 aria-selected:bg-stone-900 aria-selected:text-white dark:aria-selected:bg-stone-100 dark:aria-selected:text-stone-900"
          >
            {value === "upload" ? "Upload a file" : "Paste text"}
          </button>
        ))}
      </div>
      <div className="mt-3">
        {mode === "upload" ? (
          <label className="block text-sm">
            <span className="sr-only">Filing file</span>
            <input
              ref={fileInput}
              type="file"
              accept={SUPPORTED_FILING_EXTENSIONS.join(",")}
              aria-describedby={problem ? problemId : undefined}
              onChange={(event) => onFile(event.currentTarget.files?.[0])}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5 file:font-medium dark:file:bg-stone-800 dark:file:text-stone-100"
            />
          </label>
        ) : (
          <div className="space-y-2">
            <label className="block text-sm font-medium" htmlFor="paste-filing">
              Filing text or HTML
            </label>
            <textarea
              id="paste-filing"
              rows={6}
              value={pasted}
              onChange={(event) => setPasted(event.currentTarget.value)}
              aria-describedby={problem ? problemId : undefined}
              className="w-full rounded-md border border-stone-300 bg-white p-2 font-mono text-xs dark:border-stone-700 dark:bg-stone-950"
            />
            <button
              type="button"
              onClick={() => analyse({ fileName: "", content: pasted })}
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium dark:border-stone-700"
            >
              Analyse
            </button>
          </div>
        )}
      </div>
      <div aria-live="polite" className="mt-3 text-sm">
        {readProgress !== null && (
          <p>
            Reading the file…{" "}
            <progress
              value={readProgress}
              max={1}
              className="ml-2 align-middle"
              aria-label="Reading the file"
            />
          </p>
        )}
        {analysing && source && <Analysing bytes={source.content.length} />}
        {problem && (
          <p id={problemId} role="alert" className="text-red-700 dark:text-red-400">
            {problem}
          </p>
        )}
      </div>
      {preview && source && !analysing && (
        <ReviewAndImport key={source.content.length + source.fileName} preview={preview} source={source} />
      )}
    </section>
  );
}

/** Indeterminate progress with elapsed time: analysis of a large filing takes seconds. */
function Analysing({ bytes }: { bytes: number }) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="flex items-center gap-2">
      <progress aria-label="Analysing the filing" className="align-middle" />
      Analysing {megabytes(bytes)}… {seconds > 0 ? `${seconds} s` : ""}
    </p>
  );
}

function ReviewAndImport({ preview, source }: { preview: FilingPreview; source: Source }) {
  const [state, formAction, saving] = useActionState<ActionState, Parameters<typeof importFiling>[1]>(
    importFiling,
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const { metadata, duplicate } = preview;
  const field = (
    name: string,
    label: string,
    detected: string,
    extra: Partial<Parameters<typeof ActionTextField>[0]> = {},
  ) => (
    <ActionTextField
      key={name}
      state={state}
      idPrefix="import"
      name={name}
      label={label}
      initial={detected}
      {...extra}
    />
  );
  const details = ["cik", "periodOfReport", "filingDate", "accessionNumber"];
  return (
    <form
      ref={formRef}
      className="mt-4 space-y-3 border-t border-stone-200 pt-4 dark:border-stone-800"
      action={(formData) => {
        // Every field as typed (the action validates them all); the content comes from the preview.
        const values = formValues(formData);
        formAction({
          ...values,
          ...source,
          company: values.company ?? "",
          form: values.form ?? "",
          fiscalYear: values.fiscalYear ?? "",
          asNewCopy: values.asNewCopy === "on",
        });
      }}
    >
      <p className="text-sm">
        Found {preview.sections} section{preview.sections === 1 ? "" : "s"}, {preview.riskFactors} risk factor
        {preview.riskFactors === 1 ? "" : "s"}, {preview.tables} table{preview.tables === 1 ? "" : "s"} and{" "}
        {preview.figures} figure{preview.figures === 1 ? "" : "s"}.
      </p>
      {preview.riskFactors === 0 && (
        <p
          role="status"
          className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          No risk factors were found. You can still import it and read or annotate its text.
        </p>
      )}
      {duplicate && (
        <div
          role="status"
          className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-900 dark:bg-sky-950 dark:text-sky-100"
        >
          <p>
            This filing is already in the library as <strong>{duplicate.title}</strong>.{" "}
            <Link href={`/filings/${duplicate.slug}`} className="font-medium underline">
              Open it
            </Link>
          </p>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="asNewCopy" />
            Import it again as a new copy
          </label>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr]">
        {field("company", "Company", metadata.company ?? "")}
        {field("tickers", "Ticker", metadata.tickers?.join(", ") ?? "", { autoCapitalize: "characters" })}
        {field("form", "Form", metadata.form ?? "")}
        {field("fiscalYear", "Fiscal year", metadata.fiscalYear?.toString() ?? "", { inputMode: "numeric" })}
      </div>
      <details className="text-sm" open={details.some((name) => errors[name] !== undefined) || undefined}>
        <summary className="cursor-pointer font-medium">More details</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {field("periodOfReport", "Period of report", metadata.periodOfReport ?? "", { type: "date" })}
          {field("filingDate", "Filing date", metadata.filingDate ?? "", { type: "date" })}
          {field("cik", "CIK", metadata.cik ?? "", { inputMode: "numeric" })}
          {field("accessionNumber", "Accession number", metadata.accessionNumber ?? "")}
        </div>
      </details>
      <FormMessage state={state} />
      <PrimaryButton type="submit" disabled={saving}>
        {saving ? "Importing…" : duplicate ? "Import" : "Import filing"}
      </PrimaryButton>
    </form>
  );
}
