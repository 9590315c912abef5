import "server-only";
import { bearerToken, looksLikeApiToken, scopeAllows, type ApiTokenScope } from "@/lib/api/tokens";
import type { Viewer } from "@/lib/permissions/annotation-access";
import { sessionUserFor } from "../auth";
import { findApiTokenUser } from "../data/find-api-token-user";
import { getViewer } from "../data/get-viewer";
import { env } from "../env";
import { enforceRateLimit } from "../rate-limits";
import { AppError, isAppError } from "../errors";
import { problem } from "./problem";

/** Who is calling: through a personal access token (with its scope) or the session cookie. */
export interface ApiCaller {
  userId: string;
  name: string;
  via: "token" | "session";
  scope: ApiTokenScope;
}

export interface ApiContext {
  request: Request;
  url: URL;
  caller: ApiCaller | null;
  /** The caller's permission view (null when anonymous). */
  viewer: Viewer | null;
  /** The absolute base of the app's URLs, for JSON-LD ids and links. */
  baseUrl: string;
}

/** The caller, or an AppError: required for every write and for anything about notes. */
export function requireCaller(context: ApiContext): ApiCaller & { viewer: Viewer } {
  if (!context.caller || !context.viewer)
    throw new AppError(
      "unauthenticated",
      "Send a personal access token (Authorization: Bearer …) or sign in.",
    );
  return { ...context.caller, viewer: context.viewer };
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Identifies the caller of an API request, with their permission view when the token lookup
 * read it too. A token wins over the cookie; a bad token is an
 * error rather than a silent fall-back to anonymous. Cookie-authenticated writes must come
 * from our own origin (cross-site request forgery); token writes need the read-write scope.
 */
async function identify(request: Request): Promise<{ caller: ApiCaller; viewer?: Viewer } | null> {
  const authorization = request.headers.get("authorization");
  const method = request.method.toUpperCase();
  if (authorization) {
    const token = bearerToken(authorization);
    if (!token || !looksLikeApiToken(token))
      throw new AppError(
        "unauthenticated",
        "The Authorization header must be 'Bearer <token>' with a Marginalia token.",
      );
    const found = await findApiTokenUser({ token });
    if (!found) throw new AppError("unauthenticated", "This token is unknown or has been revoked.");
    if (!scopeAllows(found.scope, method))
      throw new AppError("forbidden", "This token is read-only; create a read-write token to make changes.");
    return {
      caller: { userId: found.userId, name: found.name, via: "token", scope: found.scope },
      viewer: found.viewer,
    };
  }
  const user = await sessionUserFor(request.headers);
  if (!user) return null;
  if (unsafeMethods.has(method)) {
    const origin = request.headers.get("origin");
    const allowed = new Set([new URL(request.url).origin, new URL(env.baseUrl).origin]);
    if (!origin || !allowed.has(origin))
      throw new AppError(
        "forbidden",
        "Cross-site requests may not change data with a session cookie; use a token.",
      );
  }
  return {
    caller: { userId: user.id, name: user.name, via: "session", scope: "read-write" },
  };
}

/** Whether an error means the database is out of reach (answered 503, not 500). */
function isDatabaseOutage(error: unknown): boolean {
  const text = `${(error as { name?: string })?.name ?? ""} ${(error as { code?: string })?.code ?? ""} ${String(error)}`;
  return /PrismaClientInitializationError|P1001|P1002|P1017|ECONNREFUSED|ECONNRESET|Connection terminated|57P01|53300/i.test(
    text,
  );
}

/**
 * Wraps an API route handler: identifies the caller, answers every failure as problem
 * details (AppError → its status and message; database outage → 503; anything else → 500
 * without internals), and never caches.
 */
export function apiRoute<Params>(handler: (context: ApiContext, params: Params) => Promise<Response>) {
  return async (request: Request, route: { params: Promise<Params> }): Promise<Response> => {
    try {
      const identified = await identify(request);
      const caller = identified?.caller ?? null;
      const viewer = identified
        ? (identified.viewer ?? (await getViewer({ userId: identified.caller.userId })))
        : null;
      const context: ApiContext = {
        request,
        url: new URL(request.url),
        caller,
        viewer,
        baseUrl: env.baseUrl,
      };
      // Writes count against the caller's rate limit, whichever token or session makes them.
      if (caller && !["GET", "HEAD", "OPTIONS"].includes(request.method)) enforceRateLimit(caller.userId);
      const response = await handler(context, await route.params);
      if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
      return response;
    } catch (error) {
      if (isAppError(error)) {
        const headers: Record<string, string> =
          error.status === 401 ? { "www-authenticate": 'Bearer realm="marginalia"' } : {};
        if (error.retryAfter !== undefined) headers["retry-after"] = String(error.retryAfter);
        return problem(error.status, error.message, { code: error.code, headers, errors: error.details });
      }
      if (isDatabaseOutage(error))
        return problem(503, "The database is not answering; try again shortly.", {
          code: "database-unavailable",
          headers: { "retry-after": "5" },
        });
      console.error("API error", error);
      return problem(500, "Something went wrong on our side; nothing was changed.", { code: "internal" });
    }
  };
}

/** Largest request body the API reads (an import of many annotations fits well within it). */
const MAX_API_BODY_BYTES = 5 * 1024 * 1024;

/**
 * The JSON body of a request: JSON or JSON-LD content type (415 otherwise), at most
 * MAX_API_BODY_BYTES (413), well-formed (400 with the parser's position).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_API_BODY_BYTES): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && type !== "application/ld+json")
    throw new AppError(
      "unsupported-media-type",
      "Send JSON: Content-Type application/ld+json or application/json.",
    );
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new AppError("payload-too-large", `Bodies are limited to ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes)
    throw new AppError("payload-too-large", `Bodies are limited to ${maxBytes} bytes.`);
  if (!text.trim()) throw new AppError("invalid-input", "The request body is empty; send a JSON document.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("invalid-input", `Malformed JSON: ${(error as Error).message}`);
  }
}
