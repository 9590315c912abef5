/**
 * The notes core without a transport: each operation called as the server actions and the API
 * call it, with a viewer and plain input, on the real database. What both paths rely on: the
 * same selectors whichever way a passage is named, conflicts that carry the newer text and
 * change nothing, a stale delete refused, no reply hung from a deleted one, and an import that
 * lists every problem and stores nothing.
 */
import { describe, expect, it } from "vitest";
import { failureOf } from "@/server/testing/failure-of";
import { getViewer } from "@/server/data/get-viewer";
import { db } from "@/server/db";
import { listExportAnnotations } from "@/server/data/list-export-annotations";
import { createTeamNotes, createTeamSetting } from "@/server/testing/fixtures";
import { changeReply } from "./change-reply";
import { createNote } from "./create-note";
import { deleteNote } from "./delete-note";
import { editNote } from "./edit-note";
import { importNotes } from "./import-notes";
import { replyToNote } from "./reply-to-note";
import { resolveNote } from "./resolve-note";

describe("the notes core", () => {
  it("takes the same selectors for a range (the reader) and for W3C selectors (the API)", async () => {
    const { filing, analysis, author } = await createTeamSetting();
    const viewer = await getViewer({ userId: author });
    const quote = "¥5,025 million";
    const start = analysis.text.indexOf(quote);
    const common = { viewer, filingSlug: filing.slug, workspaceId: null, label: "Note", note: "", tags: [] };
    const byRange = await createNote({
      ...common,
      target: { kind: "range", start, end: start + quote.length },
    });
    const bySelectors = await createNote({
      ...common,
      target: {
        kind: "selectors",
        annotation: {
          sourceId: null,
          source: null,
          exact: quote,
          prefix: "",
          suffix: "",
          start: null,
          end: null,
          label: "Note",
          note: "",
          tags: [],
          replies: [],
        },
      },
    });
    const [one, two] = await Promise.all(
      [byRange.id, bySelectors.id].map(
        async (id) => (await listExportAnnotations({ viewer, annotationId: id }))[0],
      ),
    );
    expect(one).toMatchObject({ exact: quote, start, end: start + quote.length });
    const same = { id: one!.id, createdAt: one!.createdAt, updatedAt: one!.updatedAt };
    expect({ ...two, ...same }).toEqual(one);
  });

  it("answers a new note exactly as reading it back gives it (the API answers without reading)", async () => {
    const { filing, analysis, author, workspace } = await createTeamSetting();
    const viewer = await getViewer({ userId: author });
    const risk = analysis.riskFactors[2]!;
    const start = risk.titleEnd + 5;
    const common = {
      viewer,
      filingSlug: filing.slug,
      label: "Risk",
      note: "Why **this**?",
      tags: ["fx", "q3"],
    };
    const shared = await createNote({
      ...common,
      workspaceId: workspace.id,
      target: { kind: "range", start, end: start + 30 },
    });
    const mine = await createNote({
      ...common,
      workspaceId: null,
      target: { kind: "range", start: 0, end: 12 },
    });
    const [sharedRead] = await listExportAnnotations({ viewer, annotationId: shared.id });
    const [mineRead] = await listExportAnnotations({ viewer, annotationId: mine.id });
    expect(sharedRead).toMatchObject({
      workspaceName: expect.stringMatching(/^Desk /),
      riskFactorTitle: risk.title,
    });
    expect(shared.annotation).toEqual(sharedRead);
    expect(mineRead).toMatchObject({ workspaceName: null, riskFactorTitle: null });
    expect(mine.annotation).toEqual(mineRead);
  });

  it("stores a note against the filing's current version, never the one this process read before", async () => {
    const { filing, analysis, author } = await createTeamSetting();
    const viewer = await getViewer({ userId: author });
    const start = analysis.text.indexOf("¥5,025 million");
    const note = { viewer, filingSlug: filing.slug, workspaceId: null, label: "Note", note: "", tags: [] };
    const target = { kind: "range", start, end: start + 14 } as const;
    await createNote({ ...note, target }); // this process now holds the filing's version
    // Another server changes the row (a new version of its text, say).
    await db().filing.update({ where: { id: filing.id }, data: { textHash: "replaced" } });
    const second = await createNote({ ...note, target });
    const stored = await db().annotation.findUniqueOrThrow({ where: { id: second.id } });
    expect(stored.textHash).toBe("replaced");
    expect(second.annotation).toMatchObject({ exact: "¥5,025 million", start });
  });

  it("refuses a blank range, another's workspace and an unknown filing, storing nothing", async () => {
    const { filing, analysis, outsider, workspace } = await createTeamSetting();
    const viewer = await getViewer({ userId: outsider });
    const at = analysis.text.indexOf("\n\n");
    const base = { viewer, filingSlug: filing.slug, label: "Note", note: "", tags: [] };
    const blank = await failureOf(
      createNote({ ...base, workspaceId: null, target: { kind: "range", start: at, end: at + 2 } }),
    );
    expect([blank.code, blank.message]).toEqual(["invalid-input", "Select some text to annotate."]);
    const foreign = await failureOf(
      createNote({ ...base, workspaceId: workspace.id, target: { kind: "range", start: 0, end: 5 } }),
    );
    expect([foreign.code, foreign.fieldErrors]).toEqual([
      "forbidden",
      { visibility: ["Not your workspace."] },
    ]);
    const missing = await failureOf(
      createNote({
        ...base,
        filingSlug: "no-such-filing",
        workspaceId: null,
        target: { kind: "range", start: 0, end: 5 },
      }),
    );
    expect(missing.code).toBe("not-found");
    expect(await listExportAnnotations({ viewer, filingId: filing.id })).toEqual([]);
  });

  it("answers a stale edit with the newer text and keeps it; a stale delete keeps the note", async () => {
    const { author, shared } = await createTeamNotes();
    const viewer = await getViewer({ userId: author });
    const edit = { viewer, annotationId: shared.id, label: "Question", tags: [] };
    const first = await editNote({ ...edit, expectedVersion: 1, note: "Newer text" });
    expect(first.version).toBe(2);
    const stale = await failureOf(editNote({ ...edit, expectedVersion: 1, note: "Older tab" }));
    expect([stale.code, stale.fieldErrors]).toEqual(["conflict", { note: ["Newer text"] }]);
    const staleDelete = await failureOf(deleteNote({ viewer, annotationId: shared.id, expectedVersion: 1 }));
    expect(staleDelete.code).toBe("precondition-failed");
    const [kept] = await listExportAnnotations({ viewer, annotationId: shared.id });
    expect(kept?.note).toBe("Newer text");
    await deleteNote({ viewer, annotationId: shared.id, expectedVersion: 2 });
    expect(await listExportAnnotations({ viewer, annotationId: shared.id })).toEqual([]);
  });

  it("says 'not found' alike for a note one may not see and an id that cannot be one", async () => {
    const { outsider, privateNote } = await createTeamNotes();
    const viewer = await getViewer({ userId: outsider });
    for (const annotationId of [privateNote.id, "not-a-uuid"]) {
      const hidden = await failureOf(resolveNote({ viewer, annotationId, resolved: true }));
      expect([hidden.code, hidden.message]).toEqual([
        "not-found",
        "That note does not exist or is not available to you.",
      ]);
    }
  });

  it("hangs no reply from a deleted one, and a deleted reply cannot be edited back", async () => {
    const { author, colleague, shared } = await createTeamNotes();
    const [authorViewer, colleagueViewer] = await Promise.all([
      getViewer({ userId: author }),
      getViewer({ userId: colleague }),
    ]);
    const reply = await replyToNote({
      viewer: colleagueViewer,
      annotationId: shared.id,
      parentId: null,
      body: "First",
    });
    await changeReply({
      viewer: colleagueViewer,
      annotationId: shared.id,
      commentId: reply.commentId,
      expectedVersion: 1,
      body: null,
    });
    const answer = await failureOf(
      replyToNote({
        viewer: authorViewer,
        annotationId: shared.id,
        parentId: reply.commentId,
        body: "To a ghost",
      }),
    );
    expect([answer.code, answer.message]).toEqual([
      "invalid-input",
      "The reply you answered is not in this thread.",
    ]);
    const revive = await failureOf(
      changeReply({
        viewer: colleagueViewer,
        annotationId: shared.id,
        commentId: reply.commentId,
        expectedVersion: 2,
        body: "Back again",
      }),
    );
    expect(revive.code).toBe("conflict");
    const [note] = await listExportAnnotations({ viewer: authorViewer, annotationId: shared.id });
    expect(note?.comments.map((each) => [each.body, each.deletedAt !== null])).toEqual([["", true]]);
  });

  it("imports all or nothing, listing every problem", async () => {
    const { filing, author } = await createTeamSetting();
    const viewer = await getViewer({ userId: author });
    const target = (exact: string) => ({
      type: "Annotation",
      body: [{ type: "TextualBody", value: exact, purpose: "commenting" }],
      target: { source: "x", selector: { type: "TextQuoteSelector", exact } },
    });
    const document = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationCollection",
      first: {
        type: "AnnotationPage",
        items: [target("¥5,025 million"), target("Zebra quantum marmalade xylophone")],
      },
    };
    const failure = await failureOf(
      importNotes({ viewer, filingSlug: filing.slug, document, workspaceId: null }),
    );
    expect(failure.code).toBe("invalid-input");
    expect(failure.details).toHaveLength(1);
    expect(failure.details?.[0]).toMatch(/Zebra quantum marmalade/);
    expect(await listExportAnnotations({ viewer, filingId: filing.id })).toEqual([]);
    const imported = await importNotes({
      viewer,
      filingSlug: filing.slug,
      document: { ...document, first: { ...document.first, items: [target("¥5,025 million")] } },
      workspaceId: null,
    });
    expect(imported.annotationIds).toHaveLength(1);
  });
});
