/**
 * The /api/v1 route handlers called as Next calls them (a Request and its params), on a real
 * database: authentication, scopes, visibility (404, never 403, for what one may not see),
 * ETags, bad input, exports and the JSON-LD round trip.
 */
import { randomUUID } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import * as annotationRoute from "@/app/api/v1/annotations/[id]/route";
import * as repliesRoute from "@/app/api/v1/annotations/[id]/replies/route";
import * as containerRoute from "@/app/api/v1/filings/[slug]/annotations/route";
import * as exportRoute from "@/app/api/v1/filings/[slug]/export/route";
import * as importRoute from "@/app/api/v1/filings/[slug]/import/route";
import * as filingRoute from "@/app/api/v1/filings/[slug]/route";
import * as filingsRoute from "@/app/api/v1/filings/route";
import * as searchRoute from "@/app/api/v1/search/route";
import * as workspaceExportRoute from "@/app/api/v1/workspaces/[id]/export/route";
import { W3cSuite } from "@/lib/export/testing/w3c-harness";
import type { AnnotationCollection, AnnotationPage, WebAnnotation } from "@/lib/export/web-annotation";
import { createApiToken } from "../data/create-api-token";
import { createWorkspace } from "../data/create-workspace";
import { revokeApiToken } from "../data/revoke-api-token";
import { findApiTokenUser } from "../data/find-api-token-user";
import { removeWorkspaceMember } from "../data/remove-workspace-member";
import { handleOf } from "@/lib/threads/handles";
import { getViewer } from "../data/get-viewer";
import { listMentionsForUser } from "../data/list-mentions-for-user";
import { db } from "../db";
import { createSampleFiling, createTeamSetting } from "../testing/fixtures";

const base = "http://localhost:3000";
type Handler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

/** Calls a route handler with a request built like a client's. */
async function call<P>(
  handler: Handler<P>,
  options: {
    path: string;
    params?: P;
    method?: string;
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  },
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers["content-type"] ??= "application/ld+json";
  const response = await handler(
    new Request(`${base}${options.path}`, { method: options.method ?? "GET", headers, body }),
    {
      params: Promise.resolve((options.params ?? {}) as P),
    },
  );
  // Response.text() would drop a byte-order mark; the CSV's must be seen.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // CSV, Markdown or empty bodies stay text.
  }
  return { status: response.status, headers: response.headers, text, json: json as Record<string, unknown> };
}

/** A new annotation as a client would POST it. */
function webAnnotation(exact: string, note: string, extra: Record<string, unknown> = {}) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    body: [
      { type: "TextualBody", value: note, format: "text/markdown", purpose: "commenting" },
      { type: "TextualBody", value: "Risk", purpose: "classifying" },
      { type: "TextualBody", value: "fx", purpose: "tagging" },
    ],
    target: { source: `${base}/filings/x`, selector: { type: "TextQuoteSelector", exact } },
    ...extra,
  };
}

/** Two workspaces: the author owns one with a colleague in it; the outsider owns another. */
async function setting() {
  const { filing, analysis, author, colleague, outsider, workspace: desk } = await createTeamSetting();
  const other = await createWorkspace({ name: `Other ${randomUUID().slice(0, 6)}`, ownerId: outsider });
  const tokens = {
    author: (await createApiToken({ userId: author, name: "rw", scope: "read-write" })).token,
    authorRead: (await createApiToken({ userId: author, name: "ro", scope: "read" })).token,
    colleague: (await createApiToken({ userId: colleague, name: "rw", scope: "read-write" })).token,
    outsider: (await createApiToken({ userId: outsider, name: "rw", scope: "read-write" })).token,
  };
  const slug = filing.slug;
  const post = (token: string, body: unknown, query = "") =>
    call(containerRoute.POST, {
      method: "POST",
      path: `/api/v1/filings/${slug}/annotations${query}`,
      params: { slug },
      token,
      body,
    });
  const get = (token: string | undefined, id: string) =>
    call(annotationRoute.GET, { path: `/api/v1/annotations/${id}`, params: { id }, token });
  const idOf = (response: { json: Record<string, unknown> }) => String(response.json.id).split("/").pop()!;
  return { filing, analysis, slug, author, colleague, outsider, desk, other, tokens, post, get, idOf };
}

const quote = "we have ten consolidated subsidiaries and four equity method investees";

describe("API authentication", () => {
  it("reads filings without an account, and refuses notes without one", async () => {
    const { slug } = await setting();
    const list = await call(filingsRoute.GET, { path: "/api/v1/filings" });
    expect(list.status).toBe(200);
    expect((list.json.items as Array<{ slug: string }>).some((item) => item.slug === slug)).toBe(true);
    const detail = await call(filingRoute.GET, { path: `/api/v1/filings/${slug}`, params: { slug } });
    expect((detail.json.riskFactors as unknown[]).length).toBe(18);
    const missing = await call(filingRoute.GET, { path: "/api/v1/filings/nope", params: { slug: "nope" } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(missing.json).toMatchObject({
      status: 404,
      title: "Not found",
      detail: "No filing has that slug.",
    });

    const anonymous = await call(containerRoute.GET, {
      path: `/api/v1/filings/${slug}/annotations`,
      params: { slug },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("refuses malformed, unknown and revoked tokens, and writes with a read-only token", async () => {
    const { slug, author, tokens, post } = await setting();
    const path = `/api/v1/filings/${slug}/annotations`;
    expect(
      (await call(containerRoute.GET, { path, params: { slug }, headers: { authorization: "Bearer nope" } }))
        .status,
    ).toBe(401);
    expect(
      (await call(containerRoute.GET, { path, params: { slug }, token: `mrg_${"x".repeat(43)}` })).status,
    ).toBe(401);
    expect(
      (await call(containerRoute.GET, { path, params: { slug }, token: tokens.authorRead })).status,
    ).toBe(200);

    const before = await db().annotation.count({ where: { authorId: author } });
    const readOnly = await post(tokens.authorRead, webAnnotation(quote, "x"));
    expect(readOnly.status).toBe(403);
    expect(String(readOnly.json.detail)).toContain("read-only");
    expect(await db().annotation.count({ where: { authorId: author } })).toBe(before);

    // Used just before (its caller is remembered for a moment), then revoked: refused at once.
    expect((await call(containerRoute.GET, { path, params: { slug }, token: tokens.author })).status).toBe(
      200,
    );
    const [row] = await db().apiToken.findMany({ where: { userId: author, scope: "read-write" } });
    expect(await revokeApiToken({ id: row!.id, userId: author })).toBe(true);
    expect((await call(containerRoute.GET, { path, params: { slug }, token: tokens.author })).status).toBe(
      401,
    );
  });
});

describe("API token callers", () => {
  it("are remembered for a moment, yet a membership change made through this server counts at once", async () => {
    const { outsider, tokens } = await setting();
    const first = await findApiTokenUser({ token: tokens.outsider });
    expect(first?.userId).toBe(outsider);
    // Remembered: the same answer without a lookup (no new row read: the same object).
    expect(await findApiTokenUser({ token: tokens.outsider })).toBe(first);
    const { id: workspaceId } = await createWorkspace({ name: `Joined ${randomUUID()}`, ownerId: outsider });
    const joined = await findApiTokenUser({ token: tokens.outsider });
    expect(joined?.viewer.workspaces.get(workspaceId)).toBe("owner");
    await removeWorkspaceMember({ workspaceId, userId: outsider });
    expect((await findApiTokenUser({ token: tokens.outsider }))?.viewer.workspaces.has(workspaceId)).toBe(
      false,
    );
  });
});

describe("API annotations", () => {
  it("creates an annotation from a Web Annotation and serves it with an ETag", async () => {
    const { analysis, tokens, post, get, idOf } = await setting();
    const created = await post(tokens.author, webAnnotation(quote, "Count **them**"));
    expect(created.status).toBe(201);
    expect(created.headers.get("etag")).toBe('"v1"');
    expect(created.headers.get("location")).toBe(created.json.id);
    const target = created.json.target as { selector: Array<Record<string, unknown>> };
    const start = analysis.text.indexOf(quote);
    expect(target.selector).toEqual([
      expect.objectContaining({ type: "TextQuoteSelector", exact: quote }),
      { type: "TextPositionSelector", start, end: start + quote.length },
    ]);
    const fetched = await get(tokens.author, idOf(created));
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toContain("application/ld+json");
    expect(fetched.json.body).toEqual((created.json as { body: unknown }).body);
  });

  it("answers 404 for another user's private note and for unknown ids, 200 for workspace members", async () => {
    const { tokens, desk, post, get, idOf } = await setting();
    const privateNote = idOf(await post(tokens.author, webAnnotation(quote, "mine")));
    const shared = idOf(await post(tokens.author, webAnnotation(quote, "ours"), `?workspace=${desk.id}`));
    expect((await get(tokens.colleague, privateNote)).status).toBe(404);
    expect((await get(tokens.outsider, privateNote)).status).toBe(404);
    expect((await get(tokens.colleague, shared)).status).toBe(200);
    expect((await get(tokens.outsider, shared)).status).toBe(404);
    expect((await get(tokens.author, randomUUID())).status).toBe(404);
    expect((await get(tokens.author, "not-a-uuid")).status).toBe(404);
  });

  it("lists the container and its pages with only what the caller may see", async () => {
    const { slug, tokens, desk, post, idOf } = await setting();
    const privateNote = idOf(await post(tokens.author, webAnnotation(quote, "mine")));
    const shared = idOf(await post(tokens.author, webAnnotation(quote, "ours"), `?workspace=${desk.id}`));
    const path = `/api/v1/filings/${slug}/annotations`;
    const container = await call(containerRoute.GET, { path, params: { slug }, token: tokens.colleague });
    expect(container.json).toMatchObject({ type: ["BasicContainer", "AnnotationCollection"], total: 1 });
    expect(container.headers.get("link")).toContain("ldp#BasicContainer");
    const page = await call(containerRoute.GET, {
      path: `${path}?page=0`,
      params: { slug },
      token: tokens.colleague,
    });
    const ids = (page.json.items as WebAnnotation[]).map((item) => item.id.split("/").pop());
    expect(ids).toEqual([shared]);
    const own = await call(containerRoute.GET, {
      path: `${path}?page=0`,
      params: { slug },
      token: tokens.author,
    });
    expect((own.json.items as WebAnnotation[]).map((item) => item.id.split("/").pop()).sort()).toEqual(
      [privateNote, shared].sort(),
    );
    expect(
      (await call(containerRoute.GET, { path: `${path}?page=9`, params: { slug }, token: tokens.author }))
        .status,
    ).toBe(404);
    const outsider = await call(containerRoute.GET, { path, params: { slug }, token: tokens.outsider });
    expect(outsider.json.total).toBe(0);
  });

  it("refuses sharing with someone else's workspace", async () => {
    const { author, tokens, other, post } = await setting();
    const response = await post(tokens.author, webAnnotation(quote, "x"), `?workspace=${other.id}`);
    expect(response.status).toBe(403);
    expect(await db().annotation.count({ where: { authorId: author } })).toBe(0);
  });

  it("rejects bad bodies with problem details and stores nothing", async () => {
    const { slug, author, tokens, post } = await setting();
    const path = `/api/v1/filings/${slug}/annotations`;
    const send = (options: { rawBody: string; headers?: Record<string, string> }) =>
      call(containerRoute.POST, { method: "POST", path, params: { slug }, token: tokens.author, ...options });
    const malformed = await send({ rawBody: '{"type": "Annotation",' });
    expect(malformed.status).toBe(400);
    expect(String(malformed.json.detail)).toMatch(/^Malformed JSON/);
    expect((await send({ rawBody: "", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await send({ rawBody: "{}", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await send({ rawBody: JSON.stringify(webAnnotation(quote, "x".repeat(200_000))) })).status).toBe(
      413,
    );
    const noSelector = await post(tokens.author, {
      ...webAnnotation(quote, "x"),
      target: `${base}/filings/x`,
    });
    expect(noSelector.status).toBe(400);
    expect(noSelector.json.errors).toEqual(
      expect.arrayContaining([expect.stringContaining("TextQuoteSelector")]),
    );
    const notInText = await post(
      tokens.author,
      webAnnotation("a sentence that is nowhere in this filing at all, really", "x"),
    );
    expect(notInText.status).toBe(400);
    const script = await post(
      tokens.author,
      webAnnotation(quote, "<script>alert(1)</script>", { body: "not a body" }),
    );
    expect(script.status).toBe(400);
    expect(await db().annotation.count({ where: { authorId: author } })).toBe(0);
  });

  it("updates with If-Match, refuses stale ETags (412) and missing ones (428), and non-authors", async () => {
    const { tokens, desk, post, get, idOf } = await setting();
    const id = idOf(await post(tokens.author, webAnnotation(quote, "first"), `?workspace=${desk.id}`));
    const put = (token: string, note: string, ifMatch?: string) =>
      call(annotationRoute.PUT, {
        method: "PUT",
        path: `/api/v1/annotations/${id}`,
        params: { id },
        token,
        body: webAnnotation(quote, note),
        headers: ifMatch ? { "if-match": ifMatch } : {},
      });
    const updated = await put(tokens.author, "second", '"v1"');
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).toBe('"v2"');
    const stale = await put(tokens.author, "lost update", '"v1"');
    expect(stale.status).toBe(412);
    expect((await put(tokens.author, "no precondition")).status).toBe(428);
    expect((await put(tokens.colleague, "not mine", '"v2"')).status).toBe(403);
    expect((await put(tokens.outsider, "not visible", '"v2"')).status).toBe(404);
    const body = (await get(tokens.author, id)).json.body as Array<{ value: string; purpose?: string }>;
    expect(body.find((part) => part.purpose === "commenting")?.value).toBe("second");
  });

  it("deletes for the author or the workspace owner only", async () => {
    const { tokens, desk, post, get, idOf } = await setting();
    const byColleague = idOf(
      await post(tokens.colleague, webAnnotation(quote, "colleague's"), `?workspace=${desk.id}`),
    );
    const byAuthor = idOf(
      await post(tokens.author, webAnnotation(quote, "owner's"), `?workspace=${desk.id}`),
    );
    const remove = (token: string, id: string, ifMatch?: string) =>
      call(annotationRoute.DELETE, {
        method: "DELETE",
        path: `/api/v1/annotations/${id}`,
        params: { id },
        token,
        headers: ifMatch ? { "if-match": ifMatch } : {},
      });
    expect((await remove(tokens.colleague, byAuthor)).status).toBe(403);
    expect((await remove(tokens.outsider, byAuthor)).status).toBe(404);
    expect((await remove(tokens.author, byColleague, '"v7"')).status).toBe(412);
    expect((await remove(tokens.author, byColleague)).status).toBe(204);
    expect((await get(tokens.colleague, byColleague)).status).toBe(404);
    expect((await remove(tokens.author, byAuthor, '"v1"')).status).toBe(204);
  });
});

describe("API replies", () => {
  it("replies in a visible thread, to the note or to a reply, and 404s for others", async () => {
    const { tokens, desk, post, idOf } = await setting();
    const created = await post(tokens.author, webAnnotation(quote, "ours"), `?workspace=${desk.id}`);
    const id = idOf(created);
    const reply = (token: string, target: unknown, text = "Agreed") =>
      call(repliesRoute.POST, {
        method: "POST",
        path: `/api/v1/annotations/${id}/replies`,
        params: { id },
        token,
        body: { type: "Annotation", motivation: "replying", target, bodyValue: text },
      });
    const first = await reply(tokens.colleague, created.json.id);
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(first.json.id);
    const nested = await reply(tokens.author, first.json.id, "Thanks");
    expect(nested.status).toBe(201);
    expect((await reply(tokens.outsider, created.json.id)).status).toBe(404);
    expect((await reply(tokens.author, `${String(created.json.id)}/replies/${randomUUID()}`)).status).toBe(
      400,
    );
    expect((await reply(tokens.author, "http://elsewhere.example/a/1")).status).toBe(400);
    expect((await reply(tokens.author, created.json.id, "   ")).status).toBe(400);

    const comments = await db().comment.findMany({
      where: { annotationId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(comments.map((comment) => [comment.body, comment.parentId])).toEqual([
      ["Agreed", null],
      ["Thanks", comments[0]!.id],
    ]);
  });
});

describe("API replies and @mentions", () => {
  it("records an @mention for someone who may read the note, as a reply in the reader does; nobody else", async () => {
    const { tokens, desk, post, idOf, colleague, outsider, author } = await setting();
    const created = await post(tokens.author, webAnnotation(quote, "ours"), `?workspace=${desk.id}`);
    const id = idOf(created);
    const handle = async (userId: string) =>
      `@${handleOf((await db().user.findUniqueOrThrow({ where: { id: userId } })).email)}`;
    const text = `Please check ${await handle(colleague)} (and ${await handle(outsider)}, ${await handle(author)})`;
    const reply = await call(repliesRoute.POST, {
      method: "POST",
      path: `/api/v1/annotations/${id}/replies`,
      params: { id },
      token: tokens.author,
      body: { type: "Annotation", motivation: "replying", target: created.json.id, bodyValue: text },
    });
    expect(reply.status).toBe(201);
    const mentions = await db().mention.findMany({ where: { comment: { annotationId: id } } });
    // The colleague shares the workspace: told. The outsider may not read it, the author wrote it.
    expect(mentions.map((mention) => mention.userId)).toEqual([colleague]);
    const forYou = await listMentionsForUser({ viewer: await getViewer({ userId: colleague }), limit: 5 });
    expect(forYou.map((mention) => [mention.in, mention.text])).toContainEqual(["reply", text]);
  });
});

describe("API notes and @mentions", () => {
  it("records a note's own @mention of a colleague, on create and on a PUT that adds it, as the reader does", async () => {
    const { tokens, desk, post, idOf, colleague, get } = await setting();
    const handle = `@${handleOf((await db().user.findUniqueOrThrow({ where: { id: colleague } })).email)}`;
    const created = await post(
      tokens.author,
      webAnnotation(quote, `${handle} see this`),
      `?workspace=${desk.id}`,
    );
    expect(created.status).toBe(201);
    const forColleague = async () =>
      (await listMentionsForUser({ viewer: await getViewer({ userId: colleague }), limit: 5 })).map((m) => [
        m.in,
        m.text,
      ]);
    expect(await forColleague()).toEqual([["note", `${handle} see this`]]);

    const plain = await post(tokens.author, webAnnotation(quote, "no one named"), `?workspace=${desk.id}`);
    const id = idOf(plain);
    const current = await get(tokens.author, id);
    const put = await call(annotationRoute.PUT, {
      method: "PUT",
      path: `/api/v1/annotations/${id}`,
      params: { id },
      token: tokens.author,
      headers: { "if-match": current.headers.get("etag")! },
      body: webAnnotation(quote, `now ${handle} is named`),
    });
    expect(put.status).toBe(200);
    expect(await forColleague()).toEqual([
      ["note", `now ${handle} is named`],
      ["note", `${handle} see this`],
    ]);
  });
});

describe("API exports and import", () => {
  it("exports CSV, JSON-LD that passes the W3C MUST assertions, and a Markdown brief", async () => {
    const { slug, tokens, post, desk } = await setting();
    await post(tokens.author, webAnnotation(quote, '=HYPERLINK("http://evil")'));
    await post(
      tokens.author,
      webAnnotation("¥5,025 million", 'Buy-out ¥ cost, "quoted"\nsecond line'),
      `?workspace=${desk.id}`,
    );
    const exportAs = (token: string, format: string) =>
      call(exportRoute.GET, {
        path: `/api/v1/filings/${slug}/export?format=${format}`,
        params: { slug },
        token,
      });

    const csv = await exportAs(tokens.author, "csv");
    expect(csv.headers.get("content-disposition")).toContain(".csv");
    expect(csv.text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(csv.text.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((row) => row.note).sort()).toEqual(
      ['\'=HYPERLINK("http://evil")', 'Buy-out ¥ cost, "quoted"\nsecond line'].sort(),
    );
    const colleagueRows = parseCsv((await exportAs(tokens.colleague, "csv")).text.slice(1), {
      columns: true,
    });
    expect(colleagueRows).toHaveLength(1);
    expect(parseCsv((await exportAs(tokens.outsider, "csv")).text.slice(1), { columns: true })).toHaveLength(
      0,
    );

    const jsonld = (await exportAs(tokens.author, "jsonld")).json as unknown as AnnotationCollection;
    const items = (jsonld.first as AnnotationPage).items;
    expect(items).toHaveLength(2);
    const suite = new W3cSuite();
    for (const item of items)
      expect(suite.run("annotations/annotationMusts.test", item).failures).toEqual([]);

    const brief = await exportAs(tokens.author, "markdown");
    expect(brief.headers.get("content-type")).toContain("text/markdown");
    expect(brief.text).toContain("## 1. We may not maintain our current level of revenues");
    expect(brief.text).toContain("Buy-out ¥ cost");
    expect((await exportAs(tokens.author, "xml")).status).toBe(400);
  });

  it("round-trips: export, import into another filing, export again gives the same annotations", async () => {
    const { slug, tokens, post, idOf } = await setting();
    await post(tokens.author, webAnnotation(quote, "Check *this*"));
    const second = idOf(await post(tokens.author, webAnnotation("¥5,025 million", "Cost — 費用 😀")));
    await db().comment.create({
      data: {
        annotationId: second,
        authorId: (await db().annotation.findUniqueOrThrow({ where: { id: second } })).authorId,
        body: "A reply",
      },
    });
    const exported = await call(exportRoute.GET, {
      path: `/api/v1/filings/${slug}/export?format=jsonld`,
      params: { slug },
      token: tokens.author,
    });

    const { filing: fresh } = await createSampleFiling();
    const imported = await call(importRoute.POST, {
      method: "POST",
      path: `/api/v1/filings/${fresh.slug}/import`,
      params: { slug: fresh.slug },
      token: tokens.author,
      rawBody: exported.text,
    });
    expect(imported.status).toBe(201);
    expect(imported.json).toMatchObject({ imported: 2, replies: 1 });
    const again = await call(exportRoute.GET, {
      path: `/api/v1/filings/${fresh.slug}/export?format=jsonld`,
      params: { slug: fresh.slug },
      token: tokens.author,
    });
    /** What must survive: motivation, bodies, selectors, thread shape; not ids, times or the filing's URL. */
    const essence = (text: string) =>
      ((JSON.parse(text) as AnnotationCollection).first as AnnotationPage).items.map((item) => ({
        motivation: item.motivation,
        body: item.body,
        selector: typeof item.target === "string" ? "reply" : item.target.selector,
      }));
    expect(essence(again.text)).toEqual(essence(exported.text));
  });

  it("imports nothing from an invalid document and says what is wrong", async () => {
    const { slug, author, tokens } = await setting();
    const document = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: [webAnnotation(quote, "fine"), { ...webAnnotation(quote, "bad"), target: { source: "x" } }],
    };
    const response = await call(importRoute.POST, {
      method: "POST",
      path: `/api/v1/filings/${slug}/import`,
      params: { slug },
      token: tokens.author,
      body: document,
    });
    expect(response.status).toBe(400);
    expect((response.json.errors as string[]).some((error) => error.startsWith("items[1]"))).toBe(true);
    expect(await db().annotation.count({ where: { authorId: author } })).toBe(0);
  });

  it("exports a workspace for its members only", async () => {
    const { tokens, desk, post } = await setting();
    await post(tokens.author, webAnnotation(quote, "shared one"), `?workspace=${desk.id}`);
    await post(tokens.author, webAnnotation(quote, "private one"));
    const exportFor = (token: string) =>
      call(workspaceExportRoute.GET, {
        path: `/api/v1/workspaces/${desk.id}/export`,
        params: { id: desk.id },
        token,
      });
    const rows = parseCsv((await exportFor(tokens.colleague)).text.slice(1), { columns: true }) as Array<
      Record<string, string>
    >;
    expect(rows.map((row) => row.note)).toEqual(["shared one"]);
    expect((await exportFor(tokens.outsider)).status).toBe(404);
  });
});

describe("API search", () => {
  it("finds a private note for its author only", async () => {
    const { slug, tokens, post } = await setting();
    const word = `wombat${randomUUID().slice(0, 8).replace(/-/g, "")}`;
    await post(tokens.author, webAnnotation(quote, `note about ${word}`));
    const search = (token: string | undefined) =>
      call(searchRoute.GET, { path: `/api/v1/search?q=${word}&filing=${slug}`, token });
    const mine = await search(tokens.author);
    expect(mine.json.total).toBe(1);
    expect((mine.json.items as Array<{ snippet: string }>)[0]!.snippet).toContain(`[[${word}]]`);
    expect((await search(tokens.outsider)).json.total).toBe(0);
    expect((await search(undefined)).json.total).toBe(0);
    const bad = await call(searchRoute.GET, { path: "/api/v1/search?q=x&state=maybe" });
    expect(bad.status).toBe(400);
  });
});
