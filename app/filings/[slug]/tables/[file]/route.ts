import { csvDownload, toCsv } from "@/lib/export/csv";
import { tableGrid } from "@/lib/filing/table-grid";
import { mayReadFilings } from "@/server/auth";
import { getFiling } from "@/server/data/get-filing";

export const dynamic = "force-dynamic";

/** One table of a filing as CSV: `/filings/<slug>/tables/<block id>.csv`. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; file: string }> },
) {
  const { slug, file } = await params;
  if (!(await mayReadFilings())) return new Response("Sign in to download this.", { status: 401 });
  const blockId = /^([a-z0-9-]{1,200})\.csv$/.exec(file)?.[1];
  const filing = blockId ? await getFiling({ slug }) : null;
  const block = filing?.analysis.blocks.find(
    (candidate) => candidate.id === blockId && candidate.kind === "table",
  );
  if (!filing || !block) return new Response("No such table.", { status: 404 });
  const [header = [], ...rows] = tableGrid(filing.canonicalText, block);
  return csvDownload(toCsv(header, rows), `${filing.slug}-${block.id}.csv`);
}
