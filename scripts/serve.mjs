#!/usr/bin/env node
/**
 * The app's HTTP server (what `npm start` runs after building and migrating): Next.js's
 * request handler behind node:http, for two things `next start` cannot do.
 *
 * - It listens on 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 for every interface):
 *   a fresh install with its demo account is not reachable from the network.
 * - It answers signed-out readers' filing pages from a cache (scripts/page-cache.mjs), with
 *   ETag/304 and brotli, rendering each page version once.
 * - It compresses what Next sends with brotli (or gzip, as the client accepts), flushing as
 *   Next streams (Next's own compression, gzip only, is off in next.config.js).
 * - It decides who the client is from the connection, not from what the client claims:
 *   X-Forwarded-For (and -Proto, -Host) are replaced before Next.js sees the request, believed
 *   only from proxies named in MARGINALIA_TRUSTED_PROXIES (scripts/client-address.mjs). Rate
 *   limits and sign-in delays key on that address.
 *
 * Arguments: `-p PORT` / `--port PORT` and `-H HOST` / `--hostname HOST` as with `next start`;
 * PORT and HOST in the environment otherwise.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import compression from "compression";
import next from "next";
import { clientAddress, isTrustedProxy, parseTrustedProxies } from "./client-address.mjs";
import {
  CACHE_CONTROL,
  cacheableFilingSlug,
  matchesEtag,
  PageCache,
  PRIVATE_CACHE_CONTROL,
  RecentVersions,
  sendCachedPage,
  sendNotModified,
} from "./page-cache.mjs";

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

// Brotli at quality 4 (the library's default) compresses about as fast as gzip, smaller.
// Streams marked no-transform (the live feed) are left alone. Next sets a route handler's
// Content-Type as an array (['application/json']), which the library's filter takes for not
// compressible: every JSON answer (a 700 KB list of notes) went out raw. It is made one value.
const compress = compression({
  filter(req, res) {
    const type = res.getHeader("Content-Type");
    if (Array.isArray(type)) res.setHeader("Content-Type", type.join(", "));
    return compression.filter(req, res);
  },
});
/** Hands a request to Next, compressing its answer. */
const handleCompressed = (req, res) => compress(req, res, () => void handle(req, res));
const pageCache = new PageCache();
const versions = new RecentVersions();
// Pages cached by one build are not served by the next (their scripts' names change).
const buildId = fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
/** Marks the server's own request that renders a page for the cache (it must reach Next). */
const FILL_HEADER = "x-marginalia-page-fill";
const fillSecret = crypto.randomUUID();
// Shared with the app in this process (server/auth.ts): its page for the cache may be rendered
// on a private deployment, as nobody's.
globalThis.marginaliaPageFillSecret = fillSecret;
/** Set on requests for an HTML document (see below). */
const DOCUMENT_HEADER = "x-marginalia-document";
const loopback = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;

/** Renders a page through Next, as this server's own request, for the page cache. */
function renderThroughNext(req) {
  const headers = { ...req.headers, [FILL_HEADER]: fillSecret, "accept-encoding": "identity" };
  // Rendered as nobody's: the page is shared by every reader, signed in or not.
  delete headers.cookie;
  delete headers.authorization;
  delete headers["if-none-match"];
  delete headers["if-modified-since"];
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: loopback, port, path: req.url, method: "GET", headers },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const kept = {};
          for (const [name, value] of Object.entries(response.headers)) {
            if (["content-length", "transfer-encoding", "connection", "keep-alive", "date"].includes(name))
              continue;
            if (value !== undefined) kept[name] = value;
          }
          resolve({ status: response.statusCode ?? 500, headers: kept, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/**
 * Answers a signed-out reader's filing page from the cache; false when it cannot (no such
 * filing, or the app is not ready), and Next answers as usual.
 */
async function serveFilingPage(req, res, slug) {
  const versionOf = globalThis.marginaliaReaderPageVersion;
  const accessOf = globalThis.marginaliaReaderPageAccess;
  if (typeof versionOf !== "function" || typeof accessOf !== "function") return false;
  // On a private deployment only a signed-in reader gets the page (and nobody else's cache may keep it).
  const access = await accessOf(req.headers.cookie);
  if (!access) return false;
  const cacheControl = access === "public" ? CACHE_CONTROL : PRIVATE_CACHE_CONTROL;
  const version = await versions.get(slug, versionOf);
  if (!version) return false;
  const key = `${buildId}|${req.url}|${version}`;
  if (matchesEtag(req.headers["if-none-match"], PageCache.etagOf(key))) {
    pageCache.stats.notModified++;
    sendNotModified(res, PageCache.etagOf(key), cacheControl);
    return true;
  }
  const page = await pageCache.get(req.url, key, () => renderThroughNext(req));
  if ("key" in page) sendCachedPage(req, res, page, cacheControl);
  else {
    res.writeHead(page.status, page.headers);
    res.end(req.method === "HEAD" ? undefined : page.body);
  }
  return true;
}

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
  // Whether Next is asked for an HTML document (not a client navigation's React payload, which
  // Next does not let the app tell apart): the filing's text then goes out once, in the HTML
  // only (components/reader/filing-text.tsx). Never believed from the client.
  delete req.headers[DOCUMENT_HEADER];
  if (
    req.method === "GET" &&
    !["rsc", "next-action", "next-router-state-tree"].some((name) => name in req.headers)
  )
    req.headers[DOCUMENT_HEADER] = "1";
  // A write served here may have changed a filing: its page's version is read afresh after it.
  if (req.method !== "GET" && req.method !== "HEAD") res.once("close", () => versions.clear());
  if (req.headers[FILL_HEADER] !== undefined) {
    // The page cache's own request: uncompressed (it compresses each page once itself), and
    // still marked for the app. Anyone else's mark is dropped.
    if (req.headers[FILL_HEADER] === fillSecret) return void handle(req, res);
    delete req.headers[FILL_HEADER];
  }
  const slug = cacheableFilingSlug(req);
  if (slug === null) return handleCompressed(req, res);
  serveFilingPage(req, res, slug).then(
    (served) => served || handleCompressed(req, res),
    (error) => {
      // The cache is an optimisation: on any failure the page is rendered as usual.
      console.error(
        `The page cache failed for ${req.url}: ${error instanceof Error ? error.message : error}`,
      );
      if (!res.headersSent) handleCompressed(req, res);
      else res.destroy();
    },
  );
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
