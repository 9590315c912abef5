/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test validates it
 * against the OpenAPI schema and checks every route file under app/api/v1 is described.
 */

const problem = { $ref: "#/components/responses/Problem" };
const annotationMedia = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
const slug = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string" },
  description: "The filing's slug.",
};
const cikPath = {
  name: "cik",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^\\d{1,10}$" },
  description: "The company's CIK.",
};
const annotationId = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid" },
  description: "The annotation's id.",
};
const workspaceQuery = {
  name: "workspace",
  in: "query",
  required: false,
  schema: { type: "string" },
  description: "Share with this workspace (one of yours) instead of keeping the annotation private.",
};
const annotationBody = {
  required: true,
  content: {
    [annotationMedia]: { schema: { $ref: "#/components/schemas/WebAnnotation" } },
    "application/json": { schema: { $ref: "#/components/schemas/WebAnnotation" } },
  },
};
const annotationResponse = (description: string) => ({
  description,
  headers: {
    ETag: { schema: { type: "string" }, description: "The annotation's version; send it as If-Match." },
  },
  content: { [annotationMedia]: { schema: { $ref: "#/components/schemas/WebAnnotation" } } },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), problem]));

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Marginalia API",
    version: "1.0.0",
    description:
      "Filings, their annotations (W3C Web Annotation Protocol), search and exports. Authenticate with a " +
      "personal access token (`Authorization: Bearer mrg_…`, created on the account page, scoped read or " +
      "read-write) or the session cookie (same-origin writes only). Errors are RFC 9457 problem details. " +
      "An annotation you may not see answers 404, exactly like one that does not exist.",
  },
  servers: [{ url: "/" }],
  security: [{ token: [] }, { session: [] }, {}],
  paths: {
    "/api/v1/filings": {
      get: {
        summary: "List the filings in the library",
        operationId: "listFilings",
        responses: {
          "200": {
            description: "The filings.",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...errors(401, 503),
        },
      },
      post: {
        summary: "Bring filings in from EDGAR, in the background",
        description:
          "By ticker, company name, CIK or EDGAR link (a filing's index page or folder, a document, an `ix?doc=` viewer link). For a company: its newest annual report (10-K, 20-F or 40-F) unless `form`, `fiscalYear` or `last` say otherwise. Needs a read-write token, and a server with MARGINALIA_EDGAR_USER_AGENT set (else 503). Follow the job's `links.self` to its filings.",
        operationId: "importFromEdgar",
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/EdgarImportRequest" } } },
        },
        responses: {
          "202": {
            description: "Queued: the job, with a Location header.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ImportJob" } } },
          },
          ...errors(400, 401, 403, 429, 503),
        },
      },
    },
    "/api/v1/jobs/{id}": {
      get: {
        summary: "An import job of yours: state, stage, progress and the filings it brought in",
        operationId: "getImportJob",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            schema: { type: "string", format: "uuid" },
            description: "The job's id.",
          },
        ],
        responses: {
          "200": {
            description: "The job.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ImportJob" } } },
          },
          ...errors(401, 404, 503),
        },
      },
    },
    "/api/v1/companies/{cik}": {
      get: {
        summary: "A company's filings on EDGAR, those in the library first",
        operationId: "getCompany",
        parameters: [
          cikPath,
          {
            name: "form",
            in: "query",
            required: false,
            schema: { type: "array", items: { type: "string" } },
            description: "Only these forms (10-K also finds 10-K/A; 424B every 424B prospectus).",
          },
        ],
        responses: {
          "200": {
            description: "The company and its filings.",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...errors(401, 404, 502, 503),
        },
      },
    },
    "/api/v1/companies/{cik}/lineage": {
      get: {
        summary: "Each risk factor of a company followed through its annual reports in the library",
        operationId: "getCompanyLineage",
        description:
          "Oldest report first. Each lineage has a stable id (the report and risk factor it first appears as), the years it was first and last seen, how often it changed, what it split from or merged into, and each appearance with its status against the year before and a link. Aligning many long reports can take a few seconds.",
        parameters: [cikPath],
        responses: {
          "200": {
            description: "The company's reports and risk-factor lineages.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["reports", "lineages"],
                  properties: {
                    reports: { type: "array", items: { type: "object" } },
                    lineages: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["id", "firstSeen", "lastSeen", "timesChanged", "appearances"],
                        properties: {
                          id: { type: "string" },
                          firstSeen: { type: "string" },
                          lastSeen: { type: "string" },
                          timesChanged: { type: "integer", minimum: 0 },
                          splitFrom: { type: ["string", "null"] },
                          mergedInto: { type: ["string", "null"] },
                          appearances: { type: "array", items: { type: "object" } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          ...errors(401, 404, 503),
        },
      },
    },
    "/api/v1/filings/{slug}": {
      get: {
        summary: "A filing's metadata, sections and risk factors",
        operationId: "getFiling",
        parameters: [
          slug,
          {
            name: "include",
            in: "query",
            required: false,
            schema: { enum: ["text"] },
            description: "`text` adds the canonical text.",
          },
        ],
        responses: {
          "200": {
            description: "The filing.",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...errors(404, 503),
        },
      },
    },
    "/api/v1/filings/{slug}/facts": {
      get: {
        summary: "A filing's XBRL facts, a page at a time",
        operationId: "listFilingFacts",
        description:
          'Every fact tagged in the filing\'s inline XBRL, in document order: concept (QName), value (a number scaled and signed, text, a boolean, or null for nil), unit ("USD", "USD/shares"), period ({instant} or {start, end}), decimals (an integer or "INF"), dimensions (axis → member), hidden, start/end (UTF-16 offsets into the canonical text) where it is shown, and source "inline". A filing without inline XBRL but with a CIK gets, in the background after its import (when the server may ask EDGAR), the facts EDGAR\'s companyfacts API holds for it — those its accession reported, else those of its period of report and the year before, each as filed nearest after the filing — with source "companyfacts": numbers without decimals or dimensions, hidden, never placed. Otherwise a filing without inline XBRL has none. `next` continues the list (pass it as `after`).',
        parameters: [
          slug,
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } },
          {
            name: "after",
            in: "query",
            schema: { type: "integer", minimum: -1, default: -1 },
            description: "The previous page's `next`.",
          },
          {
            name: "concept",
            in: "query",
            schema: { type: "string" },
            description: "Only this concept, e.g. us-gaap:Revenues.",
          },
        ],
        responses: {
          "200": {
            description: "A page of facts.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["facts", "next", "links"],
                  properties: {
                    facts: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["ordinal", "concept", "value", "period", "dimensions", "hidden", "source"],
                        properties: {
                          ordinal: { type: "integer" },
                          concept: { type: "string" },
                          value: { type: ["number", "string", "boolean", "null"] },
                          unit: { type: "string" },
                          period: { type: "object" },
                          decimals: { type: ["integer", "string"] },
                          dimensions: { type: "object", additionalProperties: { type: "string" } },
                          hidden: { type: "boolean" },
                          start: { type: "integer" },
                          end: { type: "integer" },
                          source: {
                            enum: ["inline", "companyfacts"],
                            description:
                              "inline: tagged in the filing itself; companyfacts: from EDGAR's facts of the company, for a filing without inline XBRL.",
                          },
                        },
                      },
                    },
                    next: { type: ["integer", "null"] },
                    links: { type: "object" },
                  },
                },
              },
            },
          },
          ...errors(400, 404, 503),
        },
      },
    },
    "/api/v1/filings/{slug}/compare/{other}": {
      get: {
        summary: "Two filings' risk factors compared, year over year",
        operationId: "compareFilings",
        description:
          "The filing with the earlier period is the older. Each pair gives the risk factors' indexes in each filing's `riskFactors` (null: none), its status (unchanged, changed, moved, added, removed, split, merged) and similarity (0–1), with titles and links; `scores` are the risk section's cosine, Jaccard, minimum-edit and simple similarities.",
        parameters: [
          slug,
          {
            name: "other",
            in: "path",
            required: true,
            schema: { type: "string" },
            description: "The other filing's slug.",
          },
        ],
        responses: {
          "200": {
            description: "The comparison.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["older", "newer", "pairs", "scores"],
                  properties: {
                    older: { type: "object" },
                    newer: { type: "object" },
                    pairs: {
                      type: "array",
                      items: {
                        type: "object",
                        required: ["old", "new", "status", "similarity"],
                        properties: {
                          old: { type: ["integer", "null"] },
                          new: { type: ["integer", "null"] },
                          status: {
                            enum: ["unchanged", "changed", "moved", "added", "removed", "split", "merged"],
                          },
                          similarity: { type: "number", minimum: 0, maximum: 1 },
                          oldRisk: { type: ["object", "null"] },
                          newRisk: { type: ["object", "null"] },
                        },
                      },
                    },
                    scores: {
                      type: "object",
                      required: ["cosine", "jaccard", "minEdit", "simple"],
                      properties: {
                        cosine: { type: "number" },
                        jaccard: { type: "number" },
                        minEdit: { type: "number" },
                        simple: { type: "number" },
                      },
                    },
                  },
                },
              },
            },
          },
          ...errors(404, 503),
        },
      },
    },
    "/api/v1/filings/{slug}/annotations": {
      get: {
        summary: "The filing's annotation container, or one page of it",
        operationId: "listAnnotations",
        parameters: [
          slug,
          {
            name: "page",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 0 },
            description: "Page number from 0 (100 annotations each, with their replies).",
          },
        ],
        responses: {
          "200": {
            description: "An AnnotationCollection (no page given) or an AnnotationPage.",
            content: { [annotationMedia]: { schema: { type: "object" } } },
          },
          ...errors(401, 403, 404, 503),
        },
      },
      post: {
        summary: "Create an annotation",
        operationId: "createAnnotation",
        parameters: [slug, workspaceQuery],
        requestBody: annotationBody,
        responses: {
          "201": annotationResponse("The new annotation (Location names it)."),
          ...errors(400, 401, 403, 404, 413, 415, 503),
        },
      },
    },
    "/api/v1/filings/{slug}/export": {
      get: {
        summary: "Export the filing's annotations you may see",
        operationId: "exportFiling",
        parameters: [
          slug,
          {
            name: "format",
            in: "query",
            required: false,
            schema: { enum: ["csv", "jsonld", "markdown"], default: "csv" },
          },
        ],
        responses: {
          "200": {
            description: "CSV (UTF-8 with BOM), a Web Annotation collection, or a Markdown brief.",
            content: { "text/csv": {}, [annotationMedia]: {}, "text/markdown": {} },
          },
          ...errors(400, 401, 404, 503),
        },
      },
    },
    "/api/v1/filings/{slug}/import": {
      post: {
        summary: "Import a Web Annotation document (all or nothing)",
        operationId: "importAnnotations",
        parameters: [slug, workspaceQuery],
        requestBody: {
          required: true,
          content: {
            [annotationMedia]: { schema: { type: "object" } },
            "application/json": { schema: { type: "object" } },
          },
        },
        responses: {
          "201": {
            description: "How many annotations and replies were stored.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    imported: { type: "integer" },
                    replies: { type: "integer" },
                    annotationIds: { type: "array", items: { type: "string" } },
                  },
                },
              },
            },
          },
          ...errors(400, 401, 403, 404, 413, 415, 503),
        },
      },
    },
    "/api/v1/annotations/{id}": {
      get: {
        summary: "One annotation",
        operationId: "getAnnotation",
        parameters: [annotationId],
        responses: { "200": annotationResponse("The annotation."), ...errors(401, 404, 503) },
      },
      put: {
        summary: "Replace an annotation's note, label and tags (author only)",
        operationId: "updateAnnotation",
        parameters: [
          annotationId,
          {
            name: "If-Match",
            in: "header",
            required: true,
            schema: { type: "string" },
            description: "The ETag the change was made from.",
          },
        ],
        requestBody: annotationBody,
        responses: {
          "200": annotationResponse("The changed annotation."),
          ...errors(400, 401, 403, 404, 412, 413, 415, 428, 503),
        },
      },
      delete: {
        summary: "Delete an annotation (its author or the workspace owner)",
        operationId: "deleteAnnotation",
        parameters: [
          annotationId,
          { name: "If-Match", in: "header", required: false, schema: { type: "string" } },
        ],
        responses: { "204": { description: "Deleted." }, ...errors(401, 403, 404, 412, 503) },
      },
    },
    "/api/v1/annotations/{id}/replies": {
      post: {
        summary: "Reply in an annotation's thread",
        operationId: "createReply",
        description:
          "A Web Annotation with motivation \"replying\", its target the annotation's id or one of its replies' ids, its text (Markdown) as a TextualBody or bodyValue.",
        parameters: [annotationId],
        requestBody: {
          required: true,
          content: {
            [annotationMedia]: { schema: { type: "object" } },
            "application/json": { schema: { type: "object" } },
          },
        },
        responses: {
          "201": {
            description: "The reply (Location names it).",
            content: { [annotationMedia]: { schema: { $ref: "#/components/schemas/WebAnnotation" } } },
          },
          ...errors(400, 401, 403, 404, 413, 415, 503),
        },
      },
    },
    "/api/v1/workspaces/{id}/export": {
      get: {
        summary: "Export every annotation shared with a workspace (members only)",
        operationId: "exportWorkspace",
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          {
            name: "format",
            in: "query",
            required: false,
            schema: { enum: ["csv", "jsonld"], default: "csv" },
          },
        ],
        responses: {
          "200": {
            description: "CSV or a Web Annotation collection.",
            content: { "text/csv": {}, [annotationMedia]: {} },
          },
          ...errors(400, 401, 404, 503),
        },
      },
    },
    "/api/v1/search": {
      get: {
        summary: "Search filing text, risk-factor titles, notes, replies and tags",
        operationId: "search",
        parameters: ["q", "filing", "company", "form", "label", "author", "workspace", "state", "page"].map(
          (name) => ({
            name,
            in: "query",
            required: false,
            schema: name === "page" ? { type: "integer", minimum: 1 } : { type: "string" },
          }),
        ),
        responses: {
          "200": {
            description: "Ranked results; snippets mark matched words with [[ ]].",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...errors(400, 401, 503),
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        summary: "This document",
        operationId: "getOpenApi",
        security: [{}],
        responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } } },
      },
    },
  },
  components: {
    securitySchemes: {
      token: { type: "http", scheme: "bearer", description: "A personal access token (mrg_…)." },
      session: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
    },
    responses: {
      Problem: {
        description: "An RFC 9457 problem.",
        content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
      },
    },
    schemas: {
      EdgarImportRequest: {
        type: "object",
        required: ["edgar"],
        properties: {
          edgar: { type: "string", description: "A ticker, company name, CIK or EDGAR link." },
          form: { type: "string", description: "10-K, 20-F, 40-F, 10-Q, 8-K, S-1, 424B…" },
          fiscalYear: { type: "integer" },
          last: {
            type: "integer",
            minimum: 1,
            maximum: 20,
            description: "How many of the newest to import (default 1).",
          },
        },
      },
      ImportJob: {
        type: "object",
        required: ["id", "state", "stage", "progress", "filings"],
        properties: {
          id: { type: "string", format: "uuid" },
          state: { enum: ["queued", "running", "retrying", "done", "failed"] },
          stage: { enum: ["queued", "finding", "downloading", "analysing", "storing", "done"] },
          progress: { type: "integer", minimum: 0, maximum: 100 },
          message: { type: ["string", "null"], description: "Why it failed, or is being tried again." },
          filings: { type: "array", items: { type: "object" } },
        },
      },
      Problem: {
        type: "object",
        required: ["type", "title", "status", "detail"],
        properties: {
          type: { type: "string" },
          title: { type: "string" },
          status: { type: "integer" },
          detail: { type: "string" },
          errors: { type: "array", items: { type: "string" } },
        },
      },
      WebAnnotation: {
        type: "object",
        description:
          "A W3C Web Annotation with a TextQuoteSelector (and optionally a TextPositionSelector) on the filing.",
        required: ["type", "target"],
        properties: {
          "@context": {},
          id: { type: "string" },
          type: { const: "Annotation" },
          motivation: { type: "string" },
          body: {},
          target: { type: "object" },
          creator: { type: "object" },
          created: { type: "string", format: "date-time" },
          modified: { type: "string", format: "date-time" },
        },
      },
    },
  },
} as const;
