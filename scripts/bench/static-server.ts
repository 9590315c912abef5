/**
 * The baseline for the reader pages: a plain node:http server that answers each route with
 * the HTML the app produced for it, read from disk ONCE at start-up and held in memory, so
 * a request costs only HTTP and socket writes. No compression, like the app's responses to
 * clients that send no Accept-Encoding (our HTTP client and autocannon send none).
 *
 * Usage: node --import tsx scripts/bench/static-server.ts <port> <route>=<file> [...]
 * Prints "listening <port>" once ready. Binds 127.0.0.1 only.
 */
import fs from "node:fs";
import http from "node:http";

const [portArg, ...routeArgs] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || routeArgs.length === 0) {
  console.error("usage: static-server.ts <port> <route>=<file> [...]");
  process.exit(2);
}

const pages = new Map<string, Buffer>();
for (const arg of routeArgs) {
  const at = arg.indexOf("=");
  pages.set(arg.slice(0, at), fs.readFileSync(arg.slice(at + 1)));
}

const server = http.createServer((request, response) => {
  const body = pages.get((request.url ?? "/").split("?")[0]!);
  if (!body) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  // Same headers the app sends for a dynamic page, so both answers are comparable.
  response
    .writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-length": body.length,
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    })
    .end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`listening ${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
