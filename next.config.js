/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and .data files at run time and Prisma's adapters load native
  // drivers: keep them out of the bundle so they resolve from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc); skipping it here halves `npm start`'s first build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
