import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, getDatabase } from "./db";

describe("the database connection", () => {
  it("on PostgreSQL prepares a statement once per connection and then reuses it by name", async () => {
    // A text no other test sends: its own marker in a comment.
    const marker = `statement-${randomUUID()}`;
    const prepared = await db().$transaction(async (tx) => {
      // Twice on one connection: the second is bound and executed, not parsed again.
      for (let run = 0; run < 2; run++)
        expect(
          await tx.$queryRawUnsafe<Array<{ n: number }>>(`SELECT $1::int AS n /* ${marker} */`, 7),
        ).toEqual([{ n: 7 }]);
      return tx.$queryRawUnsafe<Array<{ name: string }>>(
        "SELECT name FROM pg_prepared_statements WHERE statement LIKE $1",
        `%${marker}%`,
      );
    });
    if (getDatabase().kind === "postgres") {
      expect(prepared).toHaveLength(1);
      expect(prepared[0]!.name).toMatch(/^m_/);
    } else {
      // PGlite's one in-process connection sends every statement unnamed: nothing accumulates.
      expect(prepared).toEqual([]);
    }
  });
});
