import { describe, expect, it } from "vitest";
import { statementNames } from "./statement-names";

describe("statementNames", () => {
  it("names the same text the same way every time, and different texts differently", () => {
    const nameOf = statementNames(10);
    const select = nameOf({ sql: 'SELECT "id" FROM "Filing" WHERE "slug" = $1' });
    expect(select).toMatch(/^m_[\w-]+$/);
    // PostgreSQL cuts identifiers at 63 bytes: a longer name would be truncated on the server.
    expect(select!.length).toBeLessThanOrEqual(63);
    expect(nameOf({ sql: 'SELECT "id" FROM "Filing" WHERE "slug" = $1' })).toBe(select);
    expect(nameOf({ sql: 'SELECT "id" FROM "Filing" WHERE "id" = $1' })).not.toBe(select);
    // Another process names it the same (each connection prepares it once, whoever asks).
    expect(statementNames(10)({ sql: 'SELECT "id" FROM "Filing" WHERE "slug" = $1' })).toBe(select);
  });

  it("stops naming new texts past its limit but keeps the names it gave", () => {
    const nameOf = statementNames(2);
    const first = nameOf({ sql: "SELECT 1" });
    const second = nameOf({ sql: "SELECT 2" });
    expect([first, second].every(Boolean)).toBe(true);
    expect(nameOf({ sql: "SELECT 3" })).toBeUndefined();
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
    expect(nameOf({ sql: "SELECT 2" })).toBe(second);
  });
});
