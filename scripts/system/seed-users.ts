/**
 * Prepares a database for the system tests: applies pending migrations (as scripts/migrate.ts
 * does) and creates `count` users, each with a read-write API token and the password
 * SYSTEM_TEST_PASSWORD (so a browser can sign in too), in a workspace they share. Prints one
 * JSON line: { workspaceId, users: [{ id, email, token }] }.
 *
 * Run it alone before the server starts (PGlite allows one process per data folder):
 *   MARGINALIA_DATA_DIR=… tsx --conditions=react-server scripts/system/seed-users.ts 5
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { addWorkspaceMember } from "@/server/data/add-workspace-member";
import { createApiToken } from "@/server/data/create-api-token";
import { createWorkspace } from "@/server/data/create-workspace";
import { ensurePasswordUser } from "@/server/data/ensure-password-user";
import { db, getDatabase } from "@/server/db";
import { applyMigrations } from "../db/schema-engine";
import { SYSTEM_TEST_PASSWORD } from "./password";
import { runScript } from "./run-script";

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? "5");
  const database = getDatabase();
  await applyMigrations({
    factory: database.adapterFactory,
    executeScript: (script) => database.executeScript(script),
  });
  const run = randomUUID().slice(0, 8);
  const users: Array<{ id: string; email: string; token: string }> = [];
  // One hash for all: hashing is deliberately slow, and the users differ by email.
  const passwordHash = await hashPassword(SYSTEM_TEST_PASSWORD);
  for (let index = 0; index < count; index++) {
    const email = `load-${run}-${index}@example.com`;
    await ensurePasswordUser({ name: `Load ${index}`, email, passwordHash });
    const { id } = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    users.push({
      id,
      email,
      token: (await createApiToken({ userId: id, name: "load", scope: "read-write" })).token,
    });
  }
  const workspace = await createWorkspace({ name: `Load ${run}`, ownerId: users[0]!.id });
  for (const user of users.slice(1)) await addWorkspaceMember({ workspaceId: workspace.id, userId: user.id });
  console.log(JSON.stringify({ workspaceId: workspace.id, users }));
}

runScript("seed-users", main);
