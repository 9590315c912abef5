import { describe, expect, it } from "vitest";
import { db } from "../db";
import {
  copyTestAnnotation,
  createSampleFiling,
  createTestAnnotation,
  createTestUser,
} from "../testing/fixtures";
import { MAX_NOTES_PER_FILING, TOO_MANY_NOTES } from "@/lib/annotations/schemas";
import { failureOf } from "../testing/failure-of";
import { deleteAnnotation } from "./delete-annotation";
import { importAnnotations } from "./import-annotations";

/** The counts the database keeps for this filing, by author. */
async function countsOn(filingId: string) {
  const rows = await db().annotationCount.findMany({
    where: { filingId },
    select: { authorId: true, notes: true },
  });
  return Object.fromEntries(rows.map((row) => [row.authorId, row.notes]));
}

describe("each author's count of notes on a filing (what the cap reads)", () => {
  it("follows notes added one by one or in bulk, deleted, and goes with its filing or author", async () => {
    const { filing, analysis } = await createSampleFiling();
    const [author, colleague] = [await createTestUser("counted"), await createTestUser("counted-colleague")];
    const note = (authorId: string, start: number) =>
      createTestAnnotation({ filingId: filing.id, text: analysis.text, start, end: start + 20, authorId });
    const first = await note(author, 100);
    await note(author, 200);
    await note(colleague, 300);
    expect(await countsOn(filing.id)).toEqual({ [author]: 2, [colleague]: 1 });

    // In bulk (as an import writes them): one statement, counted once per author.
    const copy = await db().annotation.findUniqueOrThrow({
      where: { id: first.id },
      omit: { id: true, createdAt: true, updatedAt: true },
    });
    await db().annotation.createMany({ data: [copy, copy, copy] });
    expect(await countsOn(filing.id)).toEqual({ [author]: 5, [colleague]: 1 });

    await deleteAnnotation({ id: first.id });
    expect(await countsOn(filing.id)).toEqual({ [author]: 4, [colleague]: 1 });

    // The colleague's account deleted: their notes and their count go with it.
    await db().user.delete({ where: { id: colleague } });
    expect(await countsOn(filing.id)).toEqual({ [author]: 4 });

    // The filing deleted: its notes go, and so do its counts.
    await db().filing.delete({ where: { id: filing.id } });
    expect(await countsOn(filing.id)).toEqual({});
    expect(await db().annotation.count({ where: { filingId: filing.id } })).toBe(0);
  });

  it("an import past the cap is refused whole, one that fits is stored (both read the same count)", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("importer");
    const seeded = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: 100,
      end: 120,
      authorId: author,
    });
    // Two places short of the cap.
    const copy = await copyTestAnnotation({ annotationId: seeded.id, copies: MAX_NOTES_PER_FILING - 3 });
    const rows = (n: number) =>
      Array.from({ length: n }, () => ({
        label: "Imported",
        note: "",
        tags: [],
        selector: {
          exact: copy.exact,
          prefix: copy.prefix,
          suffix: copy.suffix,
          start: copy.start,
          end: copy.end,
        },
        replies: [],
      }));
    const options = { filingId: filing.id, authorId: author, workspaceId: null, textHash: copy.textHash };

    const refused = await failureOf(importAnnotations({ ...options, annotations: rows(3) }));
    expect([refused.code, refused.message]).toEqual(["conflict", TOO_MANY_NOTES]);
    expect(await countsOn(filing.id)).toEqual({ [author]: MAX_NOTES_PER_FILING - 2 });

    expect((await importAnnotations({ ...options, annotations: rows(2) })).annotationIds).toHaveLength(2);
    expect(await countsOn(filing.id)).toEqual({ [author]: MAX_NOTES_PER_FILING });
    expect(await db().annotation.count({ where: { filingId: filing.id, authorId: author } })).toBe(
      MAX_NOTES_PER_FILING,
    );
  });
});
