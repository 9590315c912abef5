import "server-only";
import type { Viewer } from "@/lib/permissions/annotation-access";
import {
  SEARCH_PAGE_SIZE,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  type SearchParams,
  filtersNotesOnly,
  markdownSnippetText,
  searchWords,
} from "@/lib/search/query";
import { Prisma } from "@/prisma/generated/client";
import { db } from "../db";
import { visibleAnnotationsSql } from "./annotation-visibility";
import type { SearchHit, SearchResults } from "@/lib/search/hits";

/** A search hit as the query returns it: the hit's fields with its filing's flattened, and the total. */
type HitRow = Omit<SearchHit, "filing"> & SearchHit["filing"] & { total: bigint };

/** A private-use character standing in for "<" while ts_headline works. */
const LESS_THAN_STAND_IN = "\uE002";

const headlineOptions =
  `StartSel=${SNIPPET_MARK_START}, StopSel=${SNIPPET_MARK_END}, ` +
  'MaxWords=40, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';
/** Headings and risk titles are short: their snippet is the whole of them, from the first word. */
const wholeHeadlineOptions = `StartSel=${SNIPPET_MARK_START}, StopSel=${SNIPPET_MARK_END}, HighlightAll=true`;
/** Block kinds whose passage is shown whole. */
const SHORT_BLOCK_KINDS = ["sectionHeading", "riskTitle", "groupHeader"];

/**
 * Full-text search over filing passages (headings and risk titles weigh most), annotation
 * notes, tags and quotes, and replies — ranked, with highlighted snippets. Notes and replies
 * are limited to what the viewer may see (the same rule as visibleAnnotationsWhere); a
 * signed-out viewer searches filing text only.
 */
export async function searchLibrary(options: {
  params: SearchParams;
  viewer: Viewer | null;
}): Promise<SearchResults> {
  const { params, viewer } = options;
  const pageSize = SEARCH_PAGE_SIZE;
  const words = searchWords(params.q);
  if (words.length === 0) return { hits: [], total: 0, page: params.page, pageSize };
  // Each word matches its English stem ("companies" finds "company") or, as a prefix, the
  // unstemmed words ("telecommunicat" finds "telecommunications"); every word must match.
  const tsQuery = Prisma.join(
    words.map((word) => Prisma.sql`(to_tsquery('english', ${word}) || to_tsquery('simple', ${`${word}:*`}))`),
    " && ",
  );

  const filingFilter = Prisma.join(
    [
      Prisma.sql`TRUE`,
      params.filing ? Prisma.sql`f.slug = ${params.filing}` : null,
      params.company ? Prisma.sql`f.company ILIKE ${`%${escapeLike(params.company)}%`}` : null,
      params.form ? Prisma.sql`f.form = ${params.form}` : null,
    ].filter((part): part is Prisma.Sql => part !== null),
    " AND ",
  );
  const noteFilter = Prisma.join(
    [
      viewer ? visibleAnnotationsSql(viewer, "a") : Prisma.sql`FALSE`,
      params.label ? Prisma.sql`a.label = ${params.label}` : null,
      params.author ? Prisma.sql`a."authorId" = ${params.author}` : null,
      params.workspace ? Prisma.sql`a."workspaceId" = ${params.workspace}::uuid` : null,
      params.state === "open" ? Prisma.sql`a."resolvedAt" IS NULL` : null,
      params.state === "resolved" ? Prisma.sql`a."resolvedAt" IS NOT NULL` : null,
    ].filter((part): part is Prisma.Sql => part !== null),
    " AND ",
  );
  const passages = filtersNotesOnly(params)
    ? Prisma.empty
    : Prisma.sql`
      SELECT 'passage' AS kind, p."filingId", p."blockId", p.kind AS "blockKind",
             NULL::uuid AS "annotationId", NULL::uuid AS "commentId", NULL::text AS label, NULL::text AS "authorId",
             p.start, p."end", ts_rank(p.search, q.query, 1) AS rank
      FROM "FilingPassage" p JOIN "Filing" f ON f.id = p."filingId", q
      WHERE p.search @@ q.query AND ${filingFilter}
      UNION ALL`;

  const rows = await db().$queryRaw<HitRow[]>`
    WITH q AS (SELECT ${tsQuery} AS query),
    hits AS (
      ${passages}
      -- Named here too: with the passages left out, this SELECT names the columns.
      SELECT 'annotation' AS kind, a."filingId", NULL::text AS "blockId", NULL::text AS "blockKind",
             a.id AS "annotationId", NULL::uuid AS "commentId", a.label, a."authorId",
             a.start, a."end", ts_rank(a.search, q.query, 1) AS rank
      FROM "Annotation" a JOIN "Filing" f ON f.id = a."filingId", q
      WHERE a.search @@ q.query AND ${filingFilter} AND ${noteFilter}
      UNION ALL
      SELECT 'comment', a."filingId", NULL::text, NULL::text, a.id, c.id, a.label, c."authorId",
             a.start, a."end", ts_rank(c.search, q.query, 1)
      FROM "Comment" c JOIN "Annotation" a ON a.id = c."annotationId" JOIN "Filing" f ON f.id = a."filingId", q
      WHERE c.search @@ q.query AND c."deletedAt" IS NULL AND ${filingFilter} AND ${noteFilter}
    ),
    page AS (
      SELECT hits.*, count(*) OVER () AS total FROM hits
      ORDER BY rank DESC, "filingId", start, kind
      LIMIT ${pageSize} OFFSET ${(params.page - 1) * pageSize}
    )
    -- Snippets only for the page's rows: ts_headline re-parses the text and is the costly part.
    SELECT page.kind, f.slug, f.company, f.form, f."fiscalYear", page."blockId", page."blockKind",
           page."annotationId"::text, page."commentId"::text, page.label, u.name AS "authorName",
           page.start, page."end", page.rank::float8 AS rank, page.total,
           -- ts_headline's parser drops anything that looks like an HTML tag; hide "<" from it
           -- so notes like "<b>now</b>" keep their text (mapped back below, shown as text).
           ts_headline('english', replace(
             CASE page.kind
               WHEN 'passage' THEN (SELECT text FROM "FilingPassage" WHERE "filingId" = page."filingId" AND "blockId" = page."blockId")
               WHEN 'annotation' THEN (SELECT concat_ws(' — ', nullif(array_to_string(tags, ', '), ''), nullif(note, ''), exact) FROM "Annotation" WHERE id = page."annotationId")
               ELSE (SELECT body FROM "Comment" WHERE id = page."commentId")
             END, '<', ${LESS_THAN_STAND_IN}),
             q.query,
             -- A passage's length is its block's range: no second read of its text.
             CASE WHEN page."blockKind" = ANY(${SHORT_BLOCK_KINDS}::text[]) AND page."end" - page.start <= 400
               THEN ${wholeHeadlineOptions} ELSE ${headlineOptions} END) AS snippet
    FROM page JOIN "Filing" f ON f.id = page."filingId" LEFT JOIN "User" u ON u.id = page."authorId", q
    ORDER BY page.rank DESC, page."filingId", page.start, page.kind`;

  return {
    hits: rows.map((row) => ({
      kind: row.kind,
      filing: { slug: row.slug, company: row.company, form: row.form, fiscalYear: row.fiscalYear },
      blockId: row.blockId,
      blockKind: row.blockKind,
      annotationId: row.annotationId,
      commentId: row.commentId,
      label: row.label,
      authorName: row.authorName,
      start: row.start,
      end: row.end,
      rank: row.rank,
      // A note's or reply's Markdown shows as the text it renders to.
      snippet:
        row.kind === "passage"
          ? row.snippet.replaceAll(LESS_THAN_STAND_IN, "<")
          : markdownSnippetText(row.snippet.replaceAll(LESS_THAN_STAND_IN, "<")),
    })),
    total: Number(rows[0]?.total ?? 0),
    page: params.page,
    pageSize,
  };
}

/** ILIKE treats % and _ as wildcards; a company name containing them means them literally. */
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
