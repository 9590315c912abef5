/**
 * `npm run -s compare -- OLD NEW`: compares two filings' risk factors, each given as a file
 * (analysed as `npm run analyze` does) or the slug of a filing in the configured database,
 * and prints JSON: `{"pairs": [{"old", "new", "status", "similarity"}], "scores": {"cosine",
 * "jaccard", "minEdit", "simple"}}`, where `old` and `new` index each filing's `riskFactors`
 * as `npm run analyze` lists them (0-based; null: none) and the scores are the whole risk
 * section's (see lib/lineage).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeFiling } from "@/lib/filing/analyze";
import { decodeFilingBytes } from "@/lib/filing/decode";
import { FilingReadError } from "@/lib/filing/errors";
import { compareRiskSections, type RiskFactorText } from "@/lib/lineage/align-risk-factors";

class UsageError extends Error {}

/** A filing's risk factors, from a file or (when no such file exists) a slug in the database. */
async function riskFactorsOf(what: string): Promise<RiskFactorText[]> {
  if (existsSync(what)) {
    const analysis = analyzeFiling({
      content: decodeFilingBytes(readFileSync(what)),
      fileName: path.basename(what),
    });
    return analysis.riskFactors.map((risk) => ({
      title: risk.title,
      text: analysis.text.slice(risk.start, risk.end),
    }));
  }
  // Only a slug needs the database: opened on first use.
  const { readFilingRiskFactors } = await import("@/server/lineage/read-filing-risk-factors");
  const risks = await readFilingRiskFactors({ slug: what });
  if (!risks) throw new UsageError(`${what}: no such file, and no filing with that slug`);
  return risks;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.length !== 2)
    throw new UsageError("usage: npm run -s compare -- <old file or slug> <new file or slug>");
  const [older, newer] = await Promise.all(argv.map(riskFactorsOf));
  process.stdout.write(`${JSON.stringify(compareRiskSections(older!, newer!), null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof FilingReadError) {
      process.stderr.write(`compare: ${error.message}\n`);
      return 2;
    }
    throw error;
  })
  .then(async (code) => {
    // Close the database if a slug opened it (an idle socket would keep node running).
    const { closeDatabase } = await import("@/server/db");
    await closeDatabase();
    process.exit(code);
  });
