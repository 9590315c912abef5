import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createSampleFiling, createTestAnnotation, createTestUser } from "../testing/fixtures";
import { deleteAnnotation } from "./delete-annotation";

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
});
