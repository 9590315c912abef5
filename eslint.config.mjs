import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
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
