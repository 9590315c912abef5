import { csvDownload, toCsv } from "@/lib/export/csv";
import { figureRows, queryFigureRows } from "@/lib/filing/figure-table";
import type { FigureKind } from "@/lib/filing/types";
import { mayReadFilings } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";

export const dynamic = "force-dynamic";

/** The figures table as CSV (same filters as the page). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!(await mayReadFilings())) return new Response("Sign in to download this.", { status: 401 });
  const filing = await getFiling({ slug });
  if (!filing) return new Response("No such filing.", { status: 404 });
  const url = new URL(request.url);
  const rows = queryFigureRows(
    figureRows(
      filing.analysis.figures,
      filing.riskFactors.map((risk) => ({
        id: risk.blockId,
        title: risk.title,
        start: risk.start,
        end: risk.end,
      })),
    ),
    {
      kind: (url.searchParams.get("kind") || undefined) as FigureKind | undefined,
      search: url.searchParams.get("q")?.slice(0, 200),
    },
  );
  const csv = toCsv(
    [
      "filing",
      "kind",
      "text",
      "value",
      "unit",
      "start",
      "end",
      "risk factor",
      "table row",
      "table column",
      "link",
    ],
    rows.map((row) => [
      filing.slug,
      row.kind,
      row.text,
      row.value,
      row.unit,
      row.start,
      row.end,
      row.riskFactorTitle ?? "",
      row.row ?? "",
      row.column ?? "",
      new URL(`/filings/${filing.slug}#f-${row.start}`, url).toString(),
    ]),
  );
  return csvDownload(csv, `${filing.slug}-figures.csv`);
}
