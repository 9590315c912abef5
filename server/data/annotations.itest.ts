import { describe, expect, it } from "vitest";
import { createComment } from "./create-comment";
import { getAnnotation } from "./get-annotation";
import { getViewer } from "./get-viewer";
import { listFilingAnnotations } from "./list-filing-annotations";
import { setAnnotationResolved } from "./set-annotation-resolved";
import { updateAnnotationNote } from "./update-annotation-note";
import { createTeamSetting, createTestAnnotation } from "../testing/fixtures";

/** A filing and three users of this test's own: author, colleague (same workspace), outsider. */
async function setting() {
  const { filing, analysis, author, colleague, outsider, workspace } = await createTeamSetting();
  const annotate = (workspaceId: string | null) => {
    const at = analysis.text.indexOf("¥5,025 million");
    return createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: at,
      end: at + 14,
      authorId: author,
      workspaceId,
      label: "Figure",
      note: "Buy-out cost",
      tags: ["m&a"],
    });
  };
  return { filing, author, colleague, outsider, workspace, annotate };
}

describe("annotation visibility in the data layer", () => {
  it("keeps a private note to its author", async () => {
    const { filing, author, colleague, annotate } = await setting();
    const note = await annotate(null);
    const seenBy = async (userId: string) =>
      (await listFilingAnnotations({ filingId: filing.id, viewer: await getViewer({ userId }) })).map(
        (a) => a.id,
      );
    expect(await seenBy(author)).toEqual([note.id]);
    expect(await seenBy(colleague)).toEqual([]);
    expect(await getAnnotation({ id: note.id, viewer: await getViewer({ userId: colleague }) })).toBeNull();
  });

  it("shows a workspace note to members only", async () => {
    const { filing, colleague, outsider, annotate, workspace } = await setting();
    const note = await annotate(workspace.id);
    const colleagueView = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: colleague }),
    });
    expect(colleagueView.map((a) => a.id)).toEqual([note.id]);
    expect(colleagueView[0]!.workspace?.name).toMatch(/^Desk /);
    const outsiderView = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: outsider }),
    });
    expect(outsiderView).toEqual([]);
    expect(await getAnnotation({ id: note.id, viewer: await getViewer({ userId: outsider }) })).toBeNull();
  });

  it("lists replies with the annotation and their parents", async () => {
    const { filing, author, colleague, annotate, workspace } = await setting();
    const note = await annotate(workspace.id);
    const first = await createComment({
      annotationId: note.id,
      authorId: colleague,
      parentId: null,
      body: "Why so much?",
    });
    await createComment({
      annotationId: note.id,
      authorId: author,
      parentId: first.id,
      body: "Minority buy-out.",
    });
    const [listed] = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: author }),
    });
    // Both replies, the second one a reply to the first (order within a millisecond is not fixed).
    expect(listed!.comments.map((c) => [c.body, c.parentId])).toEqual(
      expect.arrayContaining([
        ["Why so much?", null],
        ["Minority buy-out.", first.id],
      ]),
    );
    expect(listed!.comments).toHaveLength(2);
  });
});

describe("editing and resolving", () => {
  it("refuses a stale edit with the newer note and overwrites nothing", async () => {
    const { filing, author, annotate } = await setting();
    const note = await annotate(null);
    const first = await updateAnnotationNote({
      id: note.id,
      authorId: author,
      expectedVersion: 1,
      note: "Tab A",
      label: "Figure",
      tags: [],
    });
    expect(first).toEqual({ status: "updated", version: 2 });
    const stale = await updateAnnotationNote({
      id: note.id,
      authorId: author,
      expectedVersion: 1,
      note: "Tab B",
      label: "Note",
      tags: [],
    });
    expect(stale).toEqual({ status: "conflict", note: "Tab A", version: 2 });
    const [stored] = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: author }),
    });
    expect(stored).toMatchObject({ note: "Tab A", label: "Figure", version: 2 });
  });

  it("lets only the author edit", async () => {
    const { colleague, annotate, workspace } = await setting();
    const note = await annotate(workspace.id);
    const attempt = await updateAnnotationNote({
      id: note.id,
      authorId: colleague,
      expectedVersion: 1,
      note: "hijack",
      label: "Note",
      tags: [],
    });
    expect(attempt).toEqual({ status: "not-found" });
  });

  it("resolves and reopens a thread", async () => {
    const { filing, author, annotate } = await setting();
    const note = await annotate(null);
    await setAnnotationResolved({ id: note.id, resolved: true });
    const viewer = await getViewer({ userId: author });
    expect((await listFilingAnnotations({ filingId: filing.id, viewer }))[0]!.resolvedAt).toBeInstanceOf(
      Date,
    );
    await setAnnotationResolved({ id: note.id, resolved: false });
    expect((await listFilingAnnotations({ filingId: filing.id, viewer }))[0]!.resolvedAt).toBeNull();
  });
});

describe("mentions", () => {
  it("are stored for the people mentioned and listed for them while they may see the note", async () => {
    const { author, colleague, annotate, workspace } = await setting();
    const { createComment: create } = await import("./create-comment");
    const { listMentionsForUser } = await import("./list-mentions-for-user");
    const { removeWorkspaceMember } = await import("./remove-workspace-member");
    const note = await annotate(workspace.id);
    await create({
      annotationId: note.id,
      authorId: author,
      parentId: null,
      body: "@colleague look",
      mentionedUserIds: [colleague],
    });
    const forColleague = await listMentionsForUser({
      viewer: await getViewer({ userId: colleague }),
      limit: 10,
    });
    expect(forColleague.map((m) => [m.in, m.note.id])).toEqual([["reply", note.id]]);
    // Once they leave the workspace, the mention no longer shows (they may not see the note).
    await removeWorkspaceMember({ workspaceId: workspace.id, userId: colleague });
    expect(await listMentionsForUser({ viewer: await getViewer({ userId: colleague }), limit: 10 })).toEqual(
      [],
    );
  });
});

describe("replies", () => {
  it("are edited by their author from the version they saw, and deleted to a placeholder", async () => {
    const { filing, author, colleague, annotate, workspace } = await setting();
    const { updateComment } = await import("./update-comment");
    const note = await annotate(workspace.id);
    const reply = await createComment({
      annotationId: note.id,
      authorId: colleague,
      parentId: null,
      body: "First",
    });
    expect(
      await updateComment({
        id: reply.id,
        annotationId: note.id,
        authorId: author,
        expectedVersion: 1,
        body: "not mine",
      }),
    ).toEqual({
      status: "not-found",
    });
    expect(
      await updateComment({
        id: reply.id,
        annotationId: note.id,
        authorId: colleague,
        expectedVersion: 1,
        body: "Second",
      }),
    ).toEqual({
      status: "updated",
    });
    expect(
      await updateComment({
        id: reply.id,
        annotationId: note.id,
        authorId: colleague,
        expectedVersion: 1,
        body: "Stale",
      }),
    ).toEqual({
      status: "conflict",
      body: "Second",
    });
    await updateComment({
      id: reply.id,
      annotationId: note.id,
      authorId: colleague,
      expectedVersion: 2,
      body: null,
    });
    const [listed] = await listFilingAnnotations({
      filingId: filing.id,
      viewer: await getViewer({ userId: author }),
    });
    expect(listed!.comments[0]).toMatchObject({ body: "", version: 3 });
    expect(listed!.comments[0]!.deletedAt).toBeInstanceOf(Date);
  });
});
