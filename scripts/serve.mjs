#!/usr/bin/env node
/**
 * The app's HTTP server (what `npm start` runs after building and migrating): Next.js's
 * request handler behind node:http, for two things `next start` cannot do.
 *
 * - It listens on 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 for every interface):
 *   a fresh install with its demo account is not reachable from the network.
 * - It decides who the client is from the connection, not from what the client claims:
 *   X-Forwarded-For (and -Proto, -Host) are replaced before Next.js sees the request, believed
 *   only from proxies named in MARGINALIA_TRUSTED_PROXIES (scripts/client-address.mjs). Rate
 *   limits and sign-in delays key on that address.
 *
 * Arguments: `-p PORT` / `--port PORT` and `-H HOST` / `--hostname HOST` as with `next start`;
 * PORT and HOST in the environment otherwise.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { clientAddress, isTrustedProxy, parseTrustedProxies } from "./client-address.mjs";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (...names) => {
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
const host = option("-H", "--hostname") ?? process.env.HOST ?? "127.0.0.1";
// One answer to "where do we listen" for the whole app: the demo account is only allowed on
// loopback (server/parse-env.ts reads HOST), so `-H 0.0.0.0` must say so too.
process.env.HOST = host;

let trusted;
try {
  trusted = parseTrustedProxies(process.env.MARGINALIA_TRUSTED_PROXIES);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Largest request body accepted (a 20 MB filing sent to a server action, with room to spare). */
const MAX_REQUEST_BYTES = 45 * 1024 * 1024;

const server = http.createServer((req, res) => {
  // Refused before anyone reads it: a clear 413, never a 500 from a truncated body. The rest
  // of the upload is read and dropped (a client reads the answer once it has sent its body),
  // up to a point: past twice the limit the connection is cut.
  if (Number(req.headers["content-length"] ?? 0) > MAX_REQUEST_BYTES) {
    res.writeHead(413, { "content-type": "application/problem+json" });
    res.end(
      JSON.stringify({
        type: "about:blank",
        title: "Payload too large",
        status: 413,
        detail: "The request is over 45 MB. Filings can be imported up to 20 MB.",
      }),
    );
    let drained = 0;
    req.on("data", (chunk) => {
      drained += chunk.length;
      if (drained > 2 * MAX_REQUEST_BYTES) req.destroy();
    });
    req.resume();
    return;
  }
  const socket = req.socket.remoteAddress;
  const viaProxy = socket !== undefined && isTrustedProxy(trusted, socket);
  req.headers["x-forwarded-for"] = clientAddress(socket, req.headers["x-forwarded-for"], trusted);
  if (!viaProxy) {
    // Only a trusted proxy may say which scheme and host the visitor used.
    delete req.headers["x-forwarded-proto"];
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-port"];
  }
  void handle(req, res);
});

server.keepAliveTimeout = 65_000;
server.on("error", (error) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `Port ${port} on ${host} is in use: stop the other server or set PORT.`
      : `The server failed: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, host, () => {
  const shown = host === "0.0.0.0" || host === "::" ? "every interface" : host;
  console.log(`✓ Ready on http://${host.includes(":") ? `[${host}]` : host}:${port} (listening on ${shown})`);
});

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close();
    // Let open streams (live feeds) end; Next closes its own resources on exit.
    setTimeout(() => process.exit(0), 1000).unref();
  });
