import { csvDownload, toCsv } from "@/lib/export/csv";
import { checkRows, CHECK_STATUSES } from "@/lib/xbrl/check-rows";
import { mayReadFilings } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";
import { readFilingFactsView } from "@/server/reader/read-filing-facts-view";

export const dynamic = "force-dynamic";

/** A filing's checks of its narrative figures against its facts, as CSV (same filter as the page). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await mayReadFilings())) return new Response("Sign in to download this.", { status: 401 });
  const filing = await getFiling({ slug });
  if (!filing) return new Response("No such filing.", { status: 404 });
  const url = new URL(request.url);
  const status = CHECK_STATUSES.find((value) => value === url.searchParams.get("status"));
  const view = await readFilingFactsView({ filing });
  const rows = checkRows(filing.canonicalText, view.checks, status ? { status } : {});
  const csv = toCsv(
    [
      "filing",
      "status",
      "figure",
      "value",
      "unit",
      "financial",
      "explanation",
      "sentence",
      "start",
      "end",
      "link",
    ],
    rows.map((row) => [
      filing.slug,
      row.status === "disagrees" ? "flagged" : "agrees",
      row.text,
      row.value,
      row.unit,
      row.financial ?? "",
      row.message,
      `${row.before}${row.text}${row.after}`,
      row.start,
      row.end,
      new URL(`/filings/${filing.slug}#f-${row.start}`, url).toString(),
    ]),
  );
  return csvDownload(csv, `${filing.slug}-checks.csv`);
}
