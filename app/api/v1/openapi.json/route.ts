import { openApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description. */
export function GET() {
  return Response.json(openApiDocument);
}
