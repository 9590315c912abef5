/**
 * Prepares a database for `npm run bench`: applies pending migrations exactly as
 * scripts/migrate.ts does, stores the ~500 KB benchmark filing
 * (lib/filing/__fixtures__/large-500kb.txt) under the slug `bench-large-500kb`, and gives a
 * bench analyst (password and read-write API token) 2,000 notes on it, spread over the whole
 * text, every tenth with a reply. Idempotent: what is there already is left alone. Writes
 * { email, password, token, annotationId } as JSON to the file its argument names.
 *
 * Run it alone (PGlite allows one process per data folder), before the server starts:
 *   MARGINALIA_DATA_DIR=.bench/data node_modules/.bin/tsx --conditions=react-server scripts/bench-seed.ts out.json
 */
import fs from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "better-auth/crypto";
import { ANNOTATION_LABELS } from "@/lib/annotations/labels";
import type { ImportAnnotationRow } from "@/lib/export/anchor-imported";
import { analyzeFiling } from "@/lib/filing/analyze";
import { createApiToken } from "@/server/data/create-api-token";
import { createFiling } from "@/server/data/create-filing";
import { ensurePasswordUser } from "@/server/data/ensure-password-user";
import { getFiling } from "@/server/data/get-filing";
import { getViewer } from "@/server/data/get-viewer";
import { importAnnotations } from "@/server/data/import-annotations";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { db, getDatabase } from "@/server/db";
import { benchAnalyst, largeFiling, wholeFiling } from "./bench/filings";
import { applyMigrations, projectRoot } from "./db/schema-engine";
import { runScript } from "./system/run-script";

async function main(): Promise<void> {
  const started = performance.now();
  const database = getDatabase();
  // Same call as scripts/migrate.ts, so the server that starts next finds nothing pending.
  const applied = await applyMigrations({
    factory: database.adapterFactory,
    executeScript: (script) => database.executeScript(script),
  });
  const seeded = await seedLargeFiling();
  const analyst = await seedAnalystNotes();
  const out = process.argv[2];
  if (out) await fs.writeFile(out, JSON.stringify(analyst));
  const ms = Math.round(performance.now() - started);
  console.log(
    `bench-seed: ${applied.length ? `applied ${applied.length} migration(s)` : "no pending migrations"}; ` +
      `${seeded ? `stored ${largeFiling.slug}` : `${largeFiling.slug} already present`}; ` +
      `${benchAnalyst.email} has ${analyst.notes} notes on it; in ${ms} ms.`,
  );
}

/**
 * The bench analyst with BENCH_NOTES private notes on the large filing: quotes of 40 to 120
 * characters at evenly spread offsets (so highlights cover the whole text), labels in turn.
 */
async function seedAnalystNotes() {
  await ensurePasswordUser({
    name: benchAnalyst.name,
    email: benchAnalyst.email,
    passwordHash: await hashPassword(benchAnalyst.password),
  });
  const { id: userId } = await db().user.findUniqueOrThrow({
    where: { email: benchAnalyst.email },
    select: { id: true },
  });
  const filing = (await getFiling({ slug: largeFiling.slug }))!;
  const viewer = await getViewer({ userId });
  let notes = await listFilingAnnotations({ filingId: filing.id, viewer });
  if (notes.length < largeFiling.notes) {
    const text = filing.canonicalText;
    const rows: ImportAnnotationRow[] = [];
    for (let index = notes.length; index < largeFiling.notes; index++) {
      const start = Math.floor((index / largeFiling.notes) * (text.length - 200));
      const end = start + 40 + (index % 81);
      rows.push({
        label: ANNOTATION_LABELS[index % ANNOTATION_LABELS.length]!.name,
        note: `Bench note ${index}: check this against the **prior year**.`,
        tags: index % 3 === 0 ? ["bench"] : [],
        selector: {
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - 32), start),
          suffix: text.slice(end, end + 32),
          start,
          end,
        },
        replies:
          index % 10 === 0 ? [{ key: "r", parentKey: null, body: `Reply to bench note ${index}.` }] : [],
      });
    }
    await importAnnotations({
      filingId: filing.id,
      authorId: userId,
      workspaceId: null,
      textHash: filing.textHash,
      annotations: rows,
    });
    notes = await listFilingAnnotations({ filingId: filing.id, viewer });
  }
  const { token } = await createApiToken({
    userId,
    name: `bench ${new Date().toISOString()}`,
    scope: "read-write",
  });
  return {
    email: benchAnalyst.email,
    password: benchAnalyst.password,
    token,
    annotationId: notes[0]!.id,
    notes: notes.length,
  };
}

/** Stores the benchmark's filings. @returns true when the 500 KB one was stored now */
async function seedLargeFiling(): Promise<boolean> {
  await seedFiling(wholeFiling);
  return seedFiling(largeFiling);
}

/** @returns true when the filing was stored now, false when it was there already */
async function seedFiling(filing: typeof largeFiling | typeof wholeFiling): Promise<boolean> {
  if (await getFiling({ slug: filing.slug })) return false;
  const content = await fs.readFile(path.join(projectRoot, filing.fixture), "utf8");
  const analysis = analyzeFiling({ content, fileName: filing.sourceFileName });
  try {
    await createFiling({
      slug: filing.slug,
      company: filing.company,
      form: filing.form,
      fiscalYear: filing.fiscalYear,
      tickers: analysis.metadata.tickers ?? [],
      cik: analysis.metadata.cik ?? null,
      periodOfReport: analysis.metadata.periodOfReport ?? null,
      sourceContent: content,
      sourceFileName: filing.sourceFileName,
      analysis,
    });
  } catch (error) {
    // Stored by someone else between the check and the write: same outcome.
    if (await getFiling({ slug: filing.slug })) return false;
    throw error;
  }
  return true;
}

runScript("bench-seed", main);
