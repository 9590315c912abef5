import { describe, expect, it } from "vitest";
import { canSeeAnnotation } from "@/lib/permissions/annotation-access";
import { db } from "../db";
import { createSampleFiling, createTestAnnotation, createTestUser } from "../testing/fixtures";
import { addWorkspaceMember } from "./add-workspace-member";
import { visibleAnnotationsSql, visibleAnnotationsWhere, visibleToUserSql } from "./annotation-visibility";
import { createWorkspace } from "./create-workspace";
import { getViewer } from "./get-viewer";

// One visibility rule, four forms: the predicate (single cases), the Prisma filter (lists), the
// SQL fragment (search) and its form that reads the memberships itself (the reader's start). They must agree on every case, or a list shows what a page hides.
describe("who may see a note, in its four forms", () => {
  it("agrees between canSeeAnnotation, visibleAnnotationsWhere, visibleAnnotationsSql and visibleToUserSql on a table of cases", async () => {
    const { filing, analysis } = await createSampleFiling();
    const [ana, ben, cy, dee] = await Promise.all(
      ["ana", "ben", "cy", "dee"].map((name) => createTestUser(name)),
    );
    const desk = await createWorkspace({ name: "Desk", ownerId: ana! });
    await addWorkspaceMember({ workspaceId: desk.id, userId: ben! });
    const fund = await createWorkspace({ name: "Fund", ownerId: cy! });
    await addWorkspaceMember({ workspaceId: fund.id, userId: ben! });
    const start = analysis.text.indexOf("ten consolidated subsidiaries");
    const note = (authorId: string, workspaceId: string | null) =>
      createTestAnnotation({
        filingId: filing.id,
        text: analysis.text,
        start,
        end: start + 20,
        authorId,
        workspaceId,
      });
    const notes = {
      anaPrivate: await note(ana!, null),
      anaDesk: await note(ana!, desk.id),
      benPrivate: await note(ben!, null),
      benFund: await note(ben!, fund.id),
      cyFund: await note(cy!, fund.id),
      cyPrivate: await note(cy!, null),
    };
    const names = new Map(Object.entries(notes).map(([name, row]) => [row.id, name]));
    const ids = [...names.keys()];
    const rows = await db().annotation.findMany({
      where: { id: { in: ids } },
      select: { id: true, authorId: true, workspaceId: true },
    });
    const sorted = (list: Array<{ id: string }>) => list.map((row) => names.get(row.id)!).sort();

    const expected: Record<string, string[]> = {
      ana: ["anaDesk", "anaPrivate"],
      ben: ["anaDesk", "benFund", "benPrivate", "cyFund"],
      cy: ["benFund", "cyFund", "cyPrivate"],
      dee: [],
    };
    for (const [name, userId] of Object.entries({ ana, ben, cy, dee })) {
      const viewer = await getViewer({ userId: userId! });
      const byPredicate = sorted(rows.filter((row) => canSeeAnnotation(viewer, row)));
      const byPrisma = sorted(
        await db().annotation.findMany({
          where: { id: { in: ids }, ...visibleAnnotationsWhere(viewer) },
          select: { id: true },
        }),
      );
      const bySql = sorted(
        await db().$queryRaw<Array<{ id: string }>>`
          SELECT a."id" FROM "Annotation" a
          WHERE a."id" = ANY(${ids}::uuid[]) AND ${visibleAnnotationsSql(viewer, "a")}`,
      );
      const byUserSql = sorted(
        await db().$queryRaw<Array<{ id: string }>>`
          SELECT a."id" FROM "Annotation" a
          WHERE a."id" = ANY(${ids}::uuid[]) AND ${visibleToUserSql(userId!, "a")}`,
      );
      expect({ name, byPredicate }).toEqual({ name, byPredicate: expected[name] });
      expect({ name, byPrisma }).toEqual({ name, byPrisma: byPredicate });
      expect({ name, bySql }).toEqual({ name, bySql: byPredicate });
      expect({ name, byUserSql }).toEqual({ name, byUserSql: byPredicate });
    }
  });
});
