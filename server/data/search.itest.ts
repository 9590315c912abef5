import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SNIPPET_MARK_END, SNIPPET_MARK_START, searchParamsSchema } from "@/lib/search/query";
import { addWorkspaceMember } from "./add-workspace-member";
import { createComment } from "./create-comment";
import { createWorkspace } from "./create-workspace";
import { getViewer } from "./get-viewer";
import { searchLibrary } from "./search-library";
import { setAnnotationResolved } from "./set-annotation-resolved";
import { createSampleFiling, createTestAnnotation, createTestUser } from "../testing/fixtures";

/** A filing, an author with a colleague in one workspace, an outsider, and a unique word. */
async function setting() {
  // A made-up word only this test's notes contain, so other tests' rows never match.
  const word = `zq${randomUUID().replaceAll("-", "").slice(0, 10)}`;
  const { filing, analysis } = await createSampleFiling();
  const author = await createTestUser("author");
  const colleague = await createTestUser("colleague");
  const outsider = await createTestUser("outsider");
  const workspace = await createWorkspace({ name: `Desk ${word}`, ownerId: author });
  await addWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
  const annotate = (options: {
    workspaceId: string | null;
    note: string;
    tags?: string[];
    label?: string;
  }) => {
    const at = analysis.text.indexOf("¥5,025 million");
    return createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: at,
      end: at + 14,
      authorId: author,
      ...options,
    });
  };
  const search = async (userId: string | null, params: Record<string, string>) =>
    searchLibrary({
      params: searchParamsSchema.parse({ filing: filing.slug, ...params }),
      viewer: userId ? await getViewer({ userId }) : null,
    });
  return { filing, word, author, colleague, outsider, workspace, annotate, search };
}

describe("search", () => {
  it("ranks a risk-factor title match above body matches and marks the words in snippets", async () => {
    const { search } = await setting();
    const results = await search(null, { q: "impairment" });
    expect(results.total).toBeGreaterThan(2);
    const [first] = results.hits;
    expect(first?.kind).toBe("passage");
    expect(first?.blockKind).toBe("riskTitle");
    expect(results.hits.some((hit) => hit.blockKind === "paragraph")).toBe(true);
    const firstBody = results.hits.findIndex((hit) => hit.blockKind === "paragraph");
    const lastTitle = results.hits.findLastIndex((hit) => hit.blockKind === "riskTitle");
    expect(lastTitle).toBeLessThan(firstBody);
    for (const hit of results.hits) {
      // English stemming: "impairment" also finds "impair".
      expect(hit.snippet.toLowerCase()).toContain(`${SNIPPET_MARK_START}impair`);
      expect(hit.snippet).toContain(SNIPPET_MARK_END);
    }
  });

  it("shows a risk title whole, from its first word, and a note's Markdown as text", async () => {
    const { word, author, annotate, search } = await setting();
    const title = (await search(null, { q: "impairment" })).hits.find((hit) => hit.blockKind === "riskTitle");
    // "We may have an impairment loss as a result of an impairment test on the non-amortized…"
    expect(title?.snippet.replaceAll(SNIPPET_MARK_START, "").replaceAll(SNIPPET_MARK_END, "")).toMatch(
      /^We may have an impairment loss/,
    );
    await annotate({
      workspaceId: null,
      note: `**Ask IR** about ${word}: see [NTT IR](https://www.ntt.co.jp/ir/)`,
    });
    const [note] = (await search(author, { q: word })).hits;
    expect(note?.snippet).toBe(
      `Ask IR about ${SNIPPET_MARK_START}${word}${SNIPPET_MARK_END}: see NTT IR — ¥5,025 million`,
    );
  });

  it("finds partial words as prefixes", async () => {
    const { search } = await setting();
    const whole = await search(null, { q: "telecommunications" });
    const partial = await search(null, { q: "telecommunicat" });
    expect(whole.total).toBeGreaterThan(0);
    expect(partial.total).toBe(whole.total);
  });

  it("finds notes, tags and replies only for those who may see them", async () => {
    const { word, author, colleague, outsider, workspace, annotate, search } = await setting();
    const privateNote = await annotate({ workspaceId: null, note: `private ${word} thought` });
    const shared = await annotate({ workspaceId: workspace.id, note: "shared", tags: [word] });
    await createComment({
      annotationId: shared.id,
      authorId: colleague,
      parentId: null,
      body: `reply ${word}`,
    });

    const ids = async (userId: string | null) =>
      (await search(userId, { q: word })).hits.map((hit) => `${hit.kind}:${hit.annotationId}`).sort();
    expect(await ids(author)).toEqual(
      [`annotation:${privateNote.id}`, `annotation:${shared.id}`, `comment:${shared.id}`].sort(),
    );
    expect(await ids(colleague)).toEqual([`annotation:${shared.id}`, `comment:${shared.id}`].sort());
    expect(await ids(outsider)).toEqual([]);
    expect(await ids(null)).toEqual([]);
  });

  it("ranks a tag match above a match in the note", async () => {
    const { word, author, annotate, search } = await setting();
    const inNote = await annotate({ workspaceId: null, note: `about ${word} and more words here` });
    const inTag = await annotate({ workspaceId: null, note: "something else", tags: [word] });
    const hits = (await search(author, { q: word })).hits.map((hit) => hit.annotationId);
    expect(hits).toEqual([inTag.id, inNote.id]);
  });

  it("filters notes by label, author, workspace and state, dropping filing text", async () => {
    const { word, author, colleague, workspace, annotate, search } = await setting();
    const question = await annotate({ workspaceId: workspace.id, note: `${word} why`, label: "Question" });
    const risk = await annotate({ workspaceId: workspace.id, note: `${word} because`, label: "Risk" });
    await setAnnotationResolved({ id: risk.id, resolved: true });
    const found = async (params: Record<string, string>) =>
      (await search(colleague, { q: word, ...params })).hits.map((hit) => hit.annotationId);
    expect(await found({ label: "Question" })).toEqual([question.id]);
    expect(await found({ state: "resolved" })).toEqual([risk.id]);
    expect(await found({ state: "open" })).toEqual([question.id]);
    expect((await found({ author })).sort()).toEqual([question.id, risk.id].sort());
    expect(await found({ author: colleague })).toEqual([]);
    expect((await found({ workspace: workspace.id })).length).toBe(2);
    const text = await search(colleague, { q: "impairment", label: "Risk" });
    expect(text.hits.every((hit) => hit.kind !== "passage")).toBe(true);
  });

  it("filters by filing, company and form and pages the results", async () => {
    const { filing, search } = await setting();
    const inFiling = await search(null, { q: "business" });
    expect(inFiling.hits.every((hit) => hit.filing.slug === filing.slug)).toBe(true);
    expect(inFiling.total).toBeGreaterThan(inFiling.pageSize);
    const second = await search(null, { q: "business", page: "2" });
    const firstKeys = new Set(inFiling.hits.map((hit) => hit.blockId));
    expect(second.hits.length).toBeGreaterThan(0);
    expect(second.hits.some((hit) => firstKeys.has(hit.blockId))).toBe(false);
    expect((await search(null, { q: "business", form: "10-K" })).total).toBe(0);
    expect((await search(null, { q: "business", company: "ii" })).total).toBe(inFiling.total);
    expect((await search(null, { q: "business", company: "100%_x" })).total).toBe(0);
  });

  it("answers an empty or wordless query with nothing, and hostile text safely", async () => {
    const { search } = await setting();
    expect((await search(null, { q: "" })).total).toBe(0);
    expect((await search(null, { q: "!!! ::: &&" })).total).toBe(0);
    expect((await search(null, { q: `'); DROP TABLE "Filing"; -- <script>` })).total).toBeGreaterThanOrEqual(
      0,
    );
  });
});
