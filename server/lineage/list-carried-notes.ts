import "server-only";
import { filingTitle } from "@/lib/filing/format-metadata";
import type { CarriedNote } from "@/lib/lineage/carried-note";
import { getViewer } from "@/server/data/get-viewer";
import { listFilingAnnotations } from "@/server/data/list-filing-annotations";
import { compareWithPrevious } from "./compare-with-previous";

/**
 * The notes the user may see on the previous year's report of this filing's company (as
 * findPreviousFiling finds it), each carried to the risk factor it became this year —
 * re-anchored by its quote in that risk's new text, or placed on its title when the quote is
 * gone — or said to have lost its risk. Never copied: each stays last year's note, with its
 * thread. Null when there is no such filing, or nothing earlier to carry from. `comparison`,
 * when given, is compareWithPrevious's answer for the filing (made once for many users).
 */
export async function listCarriedNotes(options: {
  slug: string;
  userId: string;
  comparison?: Awaited<ReturnType<typeof compareWithPrevious>>;
}): Promise<{
  from: { slug: string; title: string; fiscalYear: number | null };
  notes: CarriedNote[];
} | null> {
  const comparison =
    options.comparison === undefined ? await compareWithPrevious({ slug: options.slug }) : options.comparison;
  if (!comparison) return null;
  const { older, newer, pairs } = comparison;
  const notes = await listFilingAnnotations({
    filingId: older.id,
    viewer: await getViewer({ userId: options.userId }),
  });
  const carried: CarriedNote[] = [];
  for (const note of notes) {
    if (note.orphanedAt) continue;
    const from = older.riskFactors.findIndex((risk) => risk.start <= note.start && note.start < risk.end);
    if (from === -1) continue;
    const pair = pairs
      .filter((each) => each.old === from && each.new !== null)
      .sort((a, b) => b.similarity - a.similarity)[0];
    const to = pair?.new == null ? undefined : newer.riskFactors[pair.new];
    const at = to ? newer.canonicalText.indexOf(note.exact, to.start) : -1;
    carried.push({
      id: note.id,
      label: note.label,
      note: note.note,
      authorName: note.author.name,
      workspaceName: note.workspace?.name ?? null,
      exact: note.exact,
      replies: note.comments.filter((comment) => !comment.deletedAt).length,
      fromRisk: older.riskFactors[from]!.title,
      status: pair?.status ?? "removed",
      similarity: pair?.similarity ?? 0,
      toRisk: to ? { title: to.title, blockId: to.blockId } : null,
      anchor:
        to && at !== -1 && at + note.exact.length <= to.end
          ? { start: at, end: at + note.exact.length }
          : null,
    });
  }
  return {
    from: { slug: older.slug, title: filingTitle(older), fiscalYear: older.fiscalYear },
    notes: carried,
  };
}
