import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** Runs the README's command itself (`npm run db:migrate`), so a broken npm script fails here. */
function runMigrate() {
  const result = spawnSync("npm", ["run", "-s", "db:migrate"], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run db:migrate (what npm start runs before serving)", () => {
  it("loads the sample filing on the first start only, so restarts never duplicate it", async () => {
    const first = runMigrate();
    expect(first.output).toContain("loaded the sample filing");
    expect(first.code).toBe(0);
    const second = runMigrate();
    expect(second.code).toBe(0);
    expect(second.output).toContain("no pending migrations");
    expect(second.output).not.toContain("loaded the sample filing");
  });
});
