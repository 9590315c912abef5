import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Outside Next's react-server graph "server-only" throws on import; tests are server code.
  "server-only": path.resolve(import.meta.dirname, "server/testing/server-only-stub.ts"),
};

/** Integration tests run on PGlite always, and on a PostgreSQL server when one is named. */
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

function integrationProject(flavor: "pglite" | "postgres"): TestProjectInlineConfiguration {
  return {
    resolve: { alias },
    test: {
      name: `integration:${flavor}`,
      include: ["server/**/*.itest.ts", "prisma/**/*.itest.ts", "scripts/**/*.itest.ts"],
      environment: "node",
      env: {
        MARGINALIA_TEST_DATABASE: flavor,
        ...(flavor === "postgres" ? { MARGINALIA_TEST_POSTGRES_URL: postgresUrl } : {}),
      },
      globalSetup: ["server/testing/global-setup.ts"],
      setupFiles: ["server/testing/setup-database.ts"],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Some unit tests start an in-memory PGlite (initdb takes seconds on a busy machine).
          testTimeout: 60_000,
        },
      },
      integrationProject("pglite"),
      ...(postgresUrl ? [integrationProject("postgres")] : []),
    ],
  },
});
