import "server-only";
import type { StoredReaderAnnotation } from "@/lib/annotations/reader-annotation";
import { isFilingSlug } from "@/lib/filing/import-request";
import type { FilingNoteGroup } from "@/lib/permissions/filing-access";
import { Prisma, type Filing } from "@/prisma/generated/client";
import { db } from "../db";
import { unreadForYouSql, visibleToUserSql } from "./annotation-visibility";

/**
 * Milliseconds since 1970 of a timestamp column (a constant of this file, never input): JSON
 * carries a number without the doubt of a time zone.
 */
const millis = (column: string) => Prisma.raw(`(extract(epoch from ${column}) * 1000)::float8`);

/** A note summary as the query's JSON carries it (dates in milliseconds, author and workspace flat). */
type NoteRow = Omit<
  StoredReaderAnnotation,
  "orphanedAt" | "resolvedAt" | "createdAt" | "author" | "workspace" | "_count" | "note" | "comments"
> & {
  orphanedAt: number | null;
  resolvedAt: number | null;
  createdAt: number;
  authorName: string;
  authorEmail: string;
  workspaceName: string | null;
  replies: number;
};

/** The filing's columns the start reads (no text or analysis). */
type FilingColumns = Pick<
  Filing,
  | "id"
  | "slug"
  | "company"
  | "form"
  | "fiscalYear"
  | "tickers"
  | "cik"
  | "importedById"
  | "updatedAt"
  | "textHash"
  | "periodOfReport"
  | "filingDate"
>;

interface StartRow extends FilingColumns {
  workspaces: Array<{ id: string; name: string; role: string }>;
  following: boolean;
  liveAfter: bigint;
  noteGroups: FilingNoteGroup[];
  notes: NoteRow[];
  unread: { mentions: number; filings: number; follows: number };
  sameCompany: Array<{
    slug: string;
    form: string;
    fiscalYear: number | null;
    periodOfReport: string | null;
    filingDate: string | null;
    createdAt: number;
  }>;
}

/** The most of a company's other filings weighed for "the previous report" (newest first). */
const SAME_COMPANY_AT_MOST = 200;

/**
 * Everything a signed-in reader's page learns after its first paint, in one query: the filing
 * (no text or analysis), the user's workspaces with their role, whether they follow the filing,
 * where the live feed starts, the filing's notes counted per author and workspace (what deleting
 * it would take), the notes the user may see as summaries (visibleToUserSql), their unread "For
 * you" counts (each capped at `unreadUpTo`), and the company's other filings (to find last
 * year's report: pickPreviousFiling). Null when there is no such filing.
 */
export async function readReaderStart(options: { slug: string; userId: string; unreadUpTo: number }) {
  const { slug, userId } = options;
  if (!isFilingSlug(slug)) return null;
  const rows = await db().$queryRaw<StartRow[]>`
    SELECT f."id", f."slug", f."company", f."form", f."fiscalYear", f."tickers", f."cik",
      f."importedById", f."updatedAt", f."textHash", f."periodOfReport", f."filingDate",
      COALESCE((SELECT json_agg(json_build_object('id', w."id", 'name', w."name", 'role', wm."role")
          ORDER BY w."name")
        FROM "WorkspaceMember" wm JOIN "Workspace" w ON w."id" = wm."workspaceId"
        WHERE wm."userId" = ${userId}), '[]') AS "workspaces",
      EXISTS (SELECT 1 FROM "Follow" fo WHERE fo."userId" = ${userId} AND fo."filingId" = f."id") AS "following",
      COALESCE((SELECT max(e."id") FROM "LiveEvent" e WHERE e."filingId" = f."id"), 0) AS "liveAfter",
      COALESCE((SELECT json_agg(json_build_object('authorId', g."authorId", 'workspaceId', g."workspaceId",
          'count', g."count"))
        FROM (SELECT a."authorId", a."workspaceId", count(*) AS "count" FROM "Annotation" a
          WHERE a."filingId" = f."id" GROUP BY a."authorId", a."workspaceId") g), '[]') AS "noteGroups",
      COALESCE((SELECT json_agg(json_build_object(
          'id', a."id", 'authorId', a."authorId", 'workspaceId', a."workspaceId", 'label', a."label",
          'tags', a."tags", 'exact', a."exact", 'prefix', a."prefix", 'suffix', a."suffix",
          'start', a."start", 'end', a."end", 'textHash', a."textHash",
          'orphanedAt', ${millis('a."orphanedAt"')}, 'resolvedAt', ${millis('a."resolvedAt"')},
          'version', a."version", 'createdAt', ${millis('a."createdAt"')},
          'authorName', u."name", 'authorEmail', u."email", 'workspaceName', w."name",
          'replies', (SELECT count(*) FROM "Comment" c WHERE c."annotationId" = a."id" AND c."deletedAt" IS NULL))
          ORDER BY a."start", a."createdAt")
        FROM "Annotation" a JOIN "User" u ON u."id" = a."authorId"
        LEFT JOIN "Workspace" w ON w."id" = a."workspaceId"
        WHERE a."filingId" = f."id" AND ${visibleToUserSql(userId, "a")}), '[]') AS "notes",
      ${unreadForYouSql(userId, options.unreadUpTo)} AS "unread",
      COALESCE((SELECT json_agg(json_build_object('slug', o."slug", 'form', o."form",
          'fiscalYear', o."fiscalYear", 'periodOfReport', o."periodOfReport", 'filingDate', o."filingDate",
          'createdAt', ${millis('o."createdAt"')}))
        FROM (SELECT o."slug", o."form", o."fiscalYear", o."periodOfReport", o."filingDate", o."createdAt"
          FROM "Filing" o
          WHERE o."id" <> f."id" AND (CASE WHEN f."cik" IS NOT NULL THEN o."cik" = f."cik" ELSE o."company" = f."company" END)
          ORDER BY o."createdAt" DESC LIMIT ${SAME_COMPANY_AT_MOST}) o), '[]') AS "sameCompany"
    FROM "Filing" f WHERE f."slug" = ${slug}`;
  const row = rows[0];
  if (!row) return null;
  const date = (ms: number | null) => (ms === null ? null : new Date(ms));
  const notes: StoredReaderAnnotation[] = row.notes.map(
    ({ orphanedAt, resolvedAt, createdAt, authorName, authorEmail, workspaceName, replies, ...note }) => ({
      ...note,
      orphanedAt: date(orphanedAt),
      resolvedAt: date(resolvedAt),
      createdAt: new Date(createdAt),
      author: { name: authorName, email: authorEmail },
      workspace: workspaceName === null ? null : { name: workspaceName },
      _count: { comments: Number(replies) },
    }),
  );
  const { workspaces, following, liveAfter, noteGroups, unread, sameCompany, ...filing } = row;
  return {
    filing: filing satisfies FilingColumns,
    workspaces,
    following,
    liveAfter: BigInt(liveAfter),
    noteGroups: noteGroups.map((group) => ({ ...group, count: Number(group.count) })),
    notes,
    unread: {
      mentions: Number(unread.mentions),
      filings: Number(unread.filings),
      follows: Number(unread.follows),
    },
    sameCompany: sameCompany.map((other) => ({ ...other, createdAt: new Date(other.createdAt) })),
  };
}
