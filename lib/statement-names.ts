import { createHash } from "node:crypto";

/**
 * Names for the statements sent to PostgreSQL, so that each connection parses and plans a
 * statement once and afterwards only binds and executes it (Prisma's former query engine kept
 * such a cache per connection by default). A statement's name is the hash of its text, so the
 * same text always has the same name and two texts never share one. Past `max` distinct texts in
 * a process (statements whose text varies, such as IN lists of every length) new ones go unnamed,
 * as every statement did before, which bounds what the server keeps per connection.
 * @returns the name to prepare `sql` under, or undefined to send it unnamed
 */
export function statementNames(max: number): (query: { sql: string }) => string | undefined {
  const named = new Set<string>();
  return ({ sql }) => {
    const name = `m_${createHash("sha1").update(sql).digest("base64url")}`;
    if (named.has(name)) return name;
    if (named.size >= max) return undefined;
    named.add(name);
    return name;
  };
}
