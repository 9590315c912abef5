import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Only the data layer (and the auth adapter, the live listener, tests and scripts) uses Prisma. */
const prismaClient = {
  group: ["@/server/db", "**/server/db", "../db", "./db", "@/prisma/generated/*"],
  message: "Only server/data queries the database: call a function there.",
};

/**
 * The layers, enforced (see README, Architecture): lib/ is pure and framework-free; components
 * reach the server only through server actions; only server/data uses the Prisma client.
 */
const layers = [
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server/*", "@/components/*", "@/app/*", "**/server/*", "**/components/*"],
              message: "lib/ is pure domain logic: it imports no server, component or route code.",
            },
            {
              group: [
                "next",
                "next/*",
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "server-only",
                "@prisma/*",
              ],
              message: "lib/ is framework-free: keep React, Next and Prisma out of it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^@/|/)server/(?!actions/)",
              message:
                "components/ import no server module (share types through lib/, pass data as props); only server actions (@/server/actions/*) may be called.",
            },
            prismaClient,
          ],
        },
      ],
    },
  },
  {
    files: [
      "app/**/*.{ts,tsx}",
      "server/actions/**/*.ts",
      "server/api/**/*.ts",
      "server/notes/**/*.ts",
      "server/filings/**/*.ts",
      "server/reader/**/*.ts",
    ],
    ignores: ["**/*.itest.ts", "**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [prismaClient] }] },
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "prisma/generated/**",
      "test-results/**",
      "playwright-report/**",
      ".bench/**",
      ".test-output/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
