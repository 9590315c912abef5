import "server-only";

/** The W3C Web Annotation Protocol media type for annotations and their containers. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/**
 * An RFC 9457 problem details response: a type URI (here a stable tag of ours), a short
 * title, the status, and a detail written for the person calling the API.
 */
export function problem(
  status: number,
  detail: string,
  extra: { code?: string; errors?: string[]; headers?: Record<string, string> } = {},
): Response {
  const code = extra.code ?? String(status);
  return new Response(
    JSON.stringify({
      type: `https://marginalia.local/problems/${code}`,
      title: titles[status] ?? "Error",
      status,
      detail,
      ...(extra.errors ? { errors: extra.errors } : {}),
    }),
    {
      status,
      headers: { "content-type": "application/problem+json", "cache-control": "no-store", ...extra.headers },
    },
  );
}

const titles: Record<number, string> = {
  400: "Bad request",
  401: "Authentication required",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  409: "Conflict",
  412: "Precondition failed",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  428: "Precondition required",
  500: "Internal server error",
  503: "Service unavailable",
};
