/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm and .data files at run time and Prisma's adapters load native
  // drivers: keep them out of the bundle so they resolve from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // scripts/serve.mjs compresses responses, with brotli where the client accepts it (Next
  // alone sends gzip only).
  compress: false,
  // Filings up to 20 MB are imported through a server action (validated again on the server);
  // the proxy (proxy.ts) must pass such bodies whole (its default cuts them at 10 MB).
  // scripts/serve.mjs answers 413 to anything larger before Next reads it.
  experimental: { serverActions: { bodySizeLimit: "45mb" }, proxyClientMaxBodySize: "45mb" },
  // `npm test` type-checks the whole project (tsc); skipping it here halves `npm start`'s first build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default nextConfig;
