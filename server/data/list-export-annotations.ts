import "server-only";
import type { ExportAnnotation } from "@/lib/export/types";
import { riskFactorTitleAt } from "@/lib/export/types";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { storedAnchorFields } from "./list-filing-note-summaries";
import { visibleAnnotationsWhere } from "./annotation-visibility";

/**
 * The annotations of one filing, or shared with one workspace (or just one annotation), that
 * this viewer may see, in
 * document order with their threads and the title of the risk factor each sits in — the
 * rows every export (CSV, JSON-LD, brief) is made from.
 */
export async function listExportAnnotations(options: {
  viewer: Viewer;
  filingId?: string;
  workspaceId?: string;
  annotationId?: string;
}): Promise<ExportAnnotation[]> {
  const rows = await db().annotation.findMany({
    where: {
      ...(options.filingId ? { filingId: options.filingId } : {}),
      ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}),
      ...(options.annotationId ? { id: options.annotationId } : {}),
      ...visibleAnnotationsWhere(options.viewer),
    },
    orderBy: [{ filing: { slug: "asc" } }, { start: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      filingId: true,
      label: true,
      note: true,
      tags: true,
      ...storedAnchorFields,
      authorId: true,
      createdAt: true,
      updatedAt: true,
      resolvedAt: true,
      filing: { select: { slug: true } },
      author: { select: { name: true } },
      workspace: { select: { name: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          parentId: true,
          authorId: true,
          body: true,
          createdAt: true,
          editedAt: true,
          deletedAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  const riskFactors = await db().riskFactor.findMany({
    where: { filingId: { in: [...new Set(rows.map((row) => row.filingId))] } },
    select: {
      filingId: true,
      ordinal: true,
      title: true,
      category: true,
      categoryOverride: true,
      start: true,
      end: true,
    },
  });
  const byFiling = new Map<string, typeof riskFactors>();
  for (const risk of riskFactors) byFiling.set(risk.filingId, [...(byFiling.get(risk.filingId) ?? []), risk]);
  return rows.map((row) => ({
    id: row.id,
    filingSlug: row.filing.slug,
    label: row.label,
    note: row.note,
    tags: row.tags,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    orphaned: row.orphanedAt !== null,
    authorId: row.authorId,
    authorName: row.author.name,
    workspaceName: row.workspace?.name ?? null,
    // An orphan sits in no risk factor: its offsets are those of a text that was replaced.
    riskFactorTitle: row.orphanedAt ? null : riskFactorTitleAt(byFiling.get(row.filingId) ?? [], row.start),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    resolvedAt: row.resolvedAt,
    comments: row.comments.map((comment) => ({
      id: comment.id,
      parentId: comment.parentId,
      authorId: comment.authorId,
      authorName: comment.author.name,
      body: comment.body,
      createdAt: comment.createdAt,
      editedAt: comment.editedAt,
      deletedAt: comment.deletedAt,
    })),
  }));
}
