/**
 * `npm run import -- <ticker|CIK|EDGAR link|file> [--form 10-K] [--year 2024] [--last N]`:
 * imports filings into the configured database (embedded PGlite, or DATABASE_URL) and prints
 * one line per filing: slug, company, form, period, risk factors, figures. A ticker, name or
 * CIK imports the company's newest annual report (10-K, 20-F or 40-F) unless --form, --year
 * or --last say otherwise; an EDGAR link imports that filing; a file imports the file.
 * Filings already in the library are not imported twice (the line says so).
 */
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { analyzeFiling } from "@/lib/filing/analyze";
import { filingDetailsSchema } from "@/lib/filing/import-request";
import { getDatabase } from "@/server/db";
import { getFiling } from "@/server/data/get-filing";
import { findEdgarFilings } from "@/server/edgar/find-edgar-filings";
import { isAppError } from "@/server/errors";
import { importEdgarFiling } from "@/server/filings/import-edgar-filing";
import { importFiling } from "@/server/filings/import-filing";
import { stopJobQueue } from "@/server/jobs/job-queue";
import { applyMigrations } from "./db/schema-engine";
import { runScript } from "./system/run-script";

const USAGE =
  "Usage: npm run import -- <ticker | CIK | EDGAR link | file> [--form 10-K] [--year 2024] [--last N]";

/** One line for an imported (or already present) filing. */
async function describeImported(imported: { slug: string; existing: boolean }): Promise<string> {
  const filing = await getFiling({ slug: imported.slug });
  if (!filing) return `${imported.slug}\t(gone)`;
  return [
    filing.slug,
    filing.company,
    filing.form,
    filing.periodOfReport ?? (filing.fiscalYear ? `FY${filing.fiscalYear}` : "no period"),
    `${filing.riskFactors.length} risk factors`,
    `${filing.analysis.figures.length} figures`,
    ...(imported.existing ? ["(already in the library)"] : []),
  ].join("\t");
}

/** A file on this machine, with the metadata its analysis finds. */
async function importFile(file: string): Promise<{ slug: string; existing: boolean }> {
  const content = await fs.readFile(file, "utf8");
  const fileName = file.split("/").at(-1) ?? file;
  const { metadata } = analyzeFiling({ content, fileName });
  const details = filingDetailsSchema.safeParse({
    tickers: metadata.tickers,
    cik: metadata.cik,
    periodOfReport: metadata.periodOfReport,
    filingDate: metadata.filingDate,
    accessionNumber: metadata.accessionNumber,
  });
  return importFiling({
    importedById: null,
    fileName,
    content,
    company: metadata.company ?? fileName.replace(/\.[^.]+$/, ""),
    form: metadata.form ?? "Filing",
    fiscalYear: metadata.fiscalYear ?? null,
    details: details.success ? details.data : { tickers: [] },
    asNewCopy: false,
  });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { form: { type: "string" }, year: { type: "string" }, last: { type: "string" } },
  });
  const [target, ...extra] = positionals;
  const year = values.year === undefined ? undefined : Number(values.year);
  const last = values.last === undefined ? undefined : Number(values.last);
  if (
    !target ||
    extra.length > 0 ||
    (year !== undefined && !Number.isInteger(year)) ||
    (last !== undefined && !(Number.isInteger(last) && last >= 1 && last <= 100))
  )
    throw new UsageError(USAGE);
  const database = getDatabase();
  await applyMigrations({
    factory: database.adapterFactory,
    executeScript: (script) => database.executeScript(script),
  });
  const isFile = await fs.stat(target).then(
    (stat) => stat.isFile(),
    () => false,
  );
  if (isFile) {
    console.log(await describeImported(await importFile(target)));
    return;
  }
  const found = await findEdgarFilings({ input: target, form: values.form, fiscalYear: year, last });
  for (const choice of found.choices)
    console.log(
      await describeImported(await importEdgarFiling({ importedById: null, company: found.company, choice })),
    );
}

class UsageError extends Error {}

runScript("import", () =>
  main()
    // A filing without inline XBRL may have been queued for its facts from EDGAR (a server's
    // workers fetch them): the queue this process started is stopped before the database closes.
    // Stopping it never turns a stored filing into a failure: a queue that never started is logged.
    .finally(() =>
      stopJobQueue().catch((error: unknown) =>
        console.warn(`job queue not stopped: ${error instanceof Error ? error.message : String(error)}`),
      ),
    )
    .catch((error: unknown) => {
      // What the user can act on is said in one line; anything else keeps its stack (runScript).
      const said =
        isAppError(error) ||
        error instanceof UsageError ||
        (error instanceof Error && error.name === "DataDirInUseError");
      if (!said) throw error;
      console.error((error as Error).message);
      return error instanceof UsageError ? 2 : 1;
    }),
);
