import "server-only";
import { RequestPacer } from "@/lib/edgar/request-pacer";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { getEdgarResponse } from "@/server/data/get-edgar-response";
import { saveEdgarResponse } from "@/server/data/save-edgar-response";

/** The SEC's fair-access limit: 10 requests a second, for the whole process. */
const globalForEdgar = globalThis as unknown as { marginaliaEdgarPacer?: RequestPacer };
const pacer = (globalForEdgar.marginaliaEdgarPacer ??= new RequestPacer({ perSecond: 10 }));

const ATTEMPTS = 4;
const TIMEOUT_MS = 30_000;

/** What to say when EDGAR cannot be asked at all. */
const EDGAR_NOT_CONFIGURED =
  'Fetching from EDGAR needs MARGINALIA_EDGAR_USER_AGENT: a name and a contact e-mail the SEC can reach (e.g. "Acme Research ops@acme.example"). Set it and restart.';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits before attempt `attempt` (1-based): 0.5 s, 1 s, 2 s…, or what Retry-After asks (at most 10 s). */
function backoff(attempt: number, retryAfter: string | null): number {
  const asked = retryAfter && /^\d{1,4}$/.test(retryAfter) ? Number(retryAfter) * 1000 : null;
  return Math.min(asked ?? 500 * 2 ** (attempt - 1), 10_000);
}

/** Reads a response body as text, refusing one past `maxBytes` without reading it all. */
async function readCapped(response: Response, maxBytes: number, tooBig: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "");
  if (declared > maxBytes) throw new AppError("payload-too-large", tooBig);
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new AppError("payload-too-large", tooBig);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Fetches a path from EDGAR — `www` (documents, the ticker list) or `data` (submissions) —
 * from the configured base (the SEC, or a mirror with the same paths), as the SEC's
 * fair-access rules ask: with the declared User-Agent, at most 10 requests a second per
 * process, and retried with backoff when EDGAR says 429 or fails (5xx, a dropped connection).
 * With `keepForSeconds`, a fresh kept copy is answered instead (unless `refresh`), and a new one kept.
 * @throws AppError "not-configured" (no User-Agent), "not-found" (`notFound`),
 * "payload-too-large" (over `maxBytes`), "upstream-unavailable" (EDGAR down or refusing)
 */
export async function fetchEdgar(options: {
  host: "www" | "data";
  /** Starts with "/", exactly as on EDGAR. */
  path: string;
  maxBytes: number;
  /** Said when EDGAR has no such path. */
  notFound: string;
  keepForSeconds?: number;
  /** Ask EDGAR even when a kept copy is fresh (the copy is then replaced). */
  refresh?: boolean;
}): Promise<string> {
  const { host, path, maxBytes, keepForSeconds } = options;
  const cacheKey = `${host}:${path}`;
  if (keepForSeconds && !options.refresh) {
    const kept = await getEdgarResponse({ path: cacheKey, now: new Date() });
    if (kept !== null) return kept;
  }
  const userAgent = env.MARGINALIA_EDGAR_USER_AGENT;
  if (!userAgent) throw new AppError("not-configured", EDGAR_NOT_CONFIGURED);
  const base = host === "www" ? env.MARGINALIA_EDGAR_WWW : env.MARGINALIA_EDGAR_DATA;
  // The base may carry a path of its own (a mirror under /edgar): EDGAR's path goes after it.
  const url = new URL(`${base.replace(/\/+$/, "")}${path}`);
  // A path is only ever appended to the configured base: never another host.
  if (url.origin !== new URL(base).origin) throw new AppError("invalid-input", "That is not an EDGAR path.");
  const limit =
    maxBytes >= 1 << 20 ? `${Math.round(maxBytes / (1 << 20))} MB` : `${Math.round(maxBytes / 1024)} KB`;
  const tooBig = `That document is over ${limit}, more than a filing may be here.`;
  let lastProblem = "";
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    await pacer.slot();
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "user-agent": userAgent, accept: "application/json, text/html, text/plain, */*" },
        redirect: "follow",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      lastProblem =
        error instanceof Error && error.name === "TimeoutError" ? "timed out" : "could not be reached";
      if (attempt < ATTEMPTS) await sleep(backoff(attempt, null));
      continue;
    }
    if (response.ok) {
      const body = await readCapped(response, maxBytes, tooBig);
      if (keepForSeconds)
        await saveEdgarResponse({
          path: cacheKey,
          body,
          expiresAt: new Date(Date.now() + keepForSeconds * 1000),
        });
      return body;
    }
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) throw new AppError("not-found", options.notFound);
    if (response.status !== 429 && response.status < 500)
      throw new AppError("upstream-unavailable", `EDGAR refused the request (HTTP ${response.status}).`);
    lastProblem = response.status === 429 ? "is limiting requests" : `answered HTTP ${response.status}`;
    if (attempt < ATTEMPTS) await sleep(backoff(attempt, response.headers.get("retry-after")));
  }
  throw new AppError(
    "upstream-unavailable",
    `EDGAR ${lastProblem} after ${ATTEMPTS} tries. Try again in a few minutes.`,
  );
}
