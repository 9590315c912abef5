/**
 * A fake EDGAR for the tests: a small HTTP server answering EDGAR's paths (both www.sec.gov's
 * and data.sec.gov's) with recorded responses from lib/edgar/__fixtures__ (see its SOURCES.md),
 * and the documents of Netflix's 10-K and BetterLife's 20-F from the filing fixtures. Like the SEC, it refuses a request
 * without a User-Agent (403). Tests can make paths fail first (429, 503…) and read what was asked.
 */
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const fixtures = path.resolve(import.meta.dirname, "../../lib/edgar/__fixtures__");
const filingFixture = (name: string) =>
  path.resolve(import.meta.dirname, "../../lib/filing/__fixtures__", name);
const documents: Record<string, string> = {
  "/Archives/edgar/data/1065280/000106528025000044/nflx-20241231.htm":
    filingFixture("netflix-10k-fy2024.htm"),
  // A placeholder accession (see the fixtures' SOURCES.md).
  "/Archives/edgar/data/1464165/000146416525999999/betterlife-20f-fy2025.htm":
    filingFixture("betterlife-20f-fy2025.htm"),
};

export interface FakeEdgar {
  /** The base URL for both MARGINALIA_EDGAR_WWW and MARGINALIA_EDGAR_DATA. */
  url: string;
  /** Every request, in order: its path and User-Agent. */
  requests: Array<{ path: string; userAgent: string | undefined }>;
  /** The next requests for `path` are answered with these statuses, in order, before the real answer. */
  failNext(path: string, statuses: number[]): void;
  close(): Promise<void>;
}

/** Starts a fake EDGAR on a loopback port: `port`, or a free one. */
export async function startFakeEdgar(options: { port?: number } = {}): Promise<FakeEdgar> {
  const requests: FakeEdgar["requests"] = [];
  const failures = new Map<string, number[]>();
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://fake-edgar");
    const userAgent = request.headers["user-agent"];
    requests.push({ path: url.pathname, userAgent });
    if (!userAgent) return void response.writeHead(403).end("Undeclared automated tool");
    const failure = failures.get(url.pathname)?.shift();
    if (failure) return void response.writeHead(failure, { "retry-after": "0" }).end(`status ${failure}`);
    const file =
      documents[url.pathname] ??
      // Only EDGAR-shaped paths map to the fixtures folder (never outside it).
      (/^\/(files|submissions|Archives)\/[\w./-]+$/.test(url.pathname) && !url.pathname.includes("..")
        ? path.join(fixtures, url.pathname)
        : null);
    try {
      if (!file) throw new Error("not an EDGAR path");
      const body = await readFile(file);
      const type = file.endsWith(".json") ? "application/json" : "text/html; charset=utf-8";
      response.writeHead(200, { "content-type": type, "content-length": body.byteLength }).end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext: (path, statuses) => failures.set(path, [...(failures.get(path) ?? []), ...statuses]),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
