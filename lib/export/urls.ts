/** The public URLs the exports link to, built in one place so every format agrees. */

/** `baseUrl` without trailing slashes, so joining never doubles one. */
function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/** One path segment; ids and slugs are URL-safe already, this only guards odd ones. */
function segment(value: string): string {
  return encodeURIComponent(value);
}

/** The page that opens an annotation in the app. */
export function annotationLink(baseUrl: string, id: string): string {
  return `${trimBaseUrl(baseUrl)}/a/${segment(id)}`;
}

/** The API URL that identifies an annotation in Web Annotation exports. */
export function annotationApiId(baseUrl: string, id: string): string {
  return `${trimBaseUrl(baseUrl)}/api/v1/annotations/${segment(id)}`;
}

/** The API URL that identifies one reply (comment) of an annotation. */
export function replyApiId(baseUrl: string, annotationId: string, commentId: string): string {
  return `${annotationApiId(baseUrl, annotationId)}/replies/${segment(commentId)}`;
}

/** A filing's page: the source every annotation on it targets. */
export function filingUrl(baseUrl: string, slug: string): string {
  return `${trimBaseUrl(baseUrl)}/filings/${segment(slug)}`;
}

/** A user, as the Web Annotation creator's id. */
export function userUrl(baseUrl: string, userId: string): string {
  return `${trimBaseUrl(baseUrl)}/users/${segment(userId)}`;
}
