/**
 * `npm run -s analyze -- <file>`: analyses a filing (.txt, .htm/.html, or an EDGAR full
 * submission) and prints JSON to stdout: sections, risk factors, figures, an inline XBRL
 * filing's facts (its inconsistent duplicates, and the checks of its narrative figures against
 * them), and the canonical text that their offsets index. Unreadable input — a missing file, an empty or binary one —
 * gets a one-line message on stderr and exit code 2.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyzeFiling } from "../lib/filing/analyze";
import { decodeFilingBytes } from "../lib/filing/decode";
import { FilingReadError } from "../lib/filing/errors";
import { checkNarrativeFigures } from "../lib/xbrl/checks";
import { readFilingFacts } from "../lib/xbrl/filing-facts";
import { isInlineXbrl } from "../lib/xbrl/parse-inline-xbrl";

function fail(message: string): number {
  process.stderr.write(`analyze: ${message.replace(/\s+/g, " ").trim()}\n`);
  return 2;
}

function main(argv: readonly string[]): number {
  const file = argv[0];
  if (file === undefined || file === "" || argv.length > 1)
    return fail("usage: npm run -s analyze -- <file>");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === "ENOENT" ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`,
    );
  }
  try {
    const content = decodeFilingBytes(bytes);
    const analysis = analyzeFiling({ content, fileName: path.basename(file) });
    // Inline XBRL: every tagged fact, placed where its text is shown (hidden ones without a place).
    const xbrl = isInlineXbrl(content) ? readFilingFacts(content, analysis.text) : null;
    const output = {
      sections: analysis.sections.map(({ label, title, start, end }) => ({ label, title, start, end })),
      riskFactors: analysis.riskFactors.map(({ title, category, start, end }) => ({
        title,
        category,
        start,
        end,
      })),
      figures: analysis.figures.map(({ kind, text, value, unit, start, end }) => ({
        kind,
        text,
        value,
        unit,
        start,
        end,
      })),
      ...(xbrl
        ? {
            facts: xbrl.facts.map(({ concept, value, unit, period, decimals, dimensions, start, end }) => ({
              concept,
              value,
              ...(unit ? { unit } : {}),
              period,
              ...(decimals !== undefined ? { decimals } : {}),
              dimensions,
              ...(start !== undefined ? { start, end } : {}),
            })),
            factDuplicates: xbrl.duplicates.filter((duplicate) => duplicate.inconsistent),
            // Narrative figures linked to the fact they state, or flagged; `facts` index the list above.
            checks: checkNarrativeFigures({ ...analysis, facts: xbrl.facts }),
          }
        : {}),
      text: analysis.text,
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof FilingReadError) return fail(`${file}: ${error.message}`);
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
