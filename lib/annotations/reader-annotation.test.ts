import { describe, expect, it } from "vitest";
import { describeSelection } from "@/lib/anchoring";
import { viewerOf } from "@/lib/permissions/annotation-access";
import { toReaderAnnotations, type ReaderAnnotation } from "./reader-annotation";
import { upsertReaderAnnotation } from "./reader-annotation-list";

const text = "Revenue fell 12% in 2024. Margins held. Costs rose sharply in Japan.";

function stored(
  id: string,
  quote: string,
  authorId: string,
  extra: Partial<{ note: string; createdAt: Date }> = {},
) {
  const start = text.indexOf(quote);
  const { quote: selectors } = describeSelection(text, start, start + quote.length);
  return {
    id,
    authorId,
    workspaceId: "w1",
    label: "Question",
    note: extra.note ?? "",
    tags: [],
    version: 1,
    resolvedAt: null,
    createdAt: extra.createdAt ?? new Date("2026-01-01T00:00:00Z"),
    author: { name: authorId.toUpperCase(), email: `${authorId}@example.com` },
    workspace: { name: "Desk" },
    comments: [],
    ...selectors,
    start,
    end: start + quote.length,
    textHash: "same",
  };
}

const workspaces = [
  {
    id: "w1",
    members: [
      { userId: "ann", role: "owner", user: { name: "ANN", email: "ann@example.com" } },
      { userId: "bob", role: "member", user: { name: "BOB", email: "bob@example.com" } },
    ],
  },
];

describe("notes as the reader shows them", () => {
  it("show the note's source only to its author, and deletion to the author or the workspace owner", () => {
    const notes = [stored("n1", "Margins held.", "bob", { note: "Really?" })];
    const [asBob] = toReaderAnnotations({
      text,
      textHash: "same",
      annotations: notes,
      viewer: viewerOf("bob", workspaces),
      workspaces,
    });
    const [asAnn] = toReaderAnnotations({
      text,
      textHash: "same",
      annotations: notes,
      viewer: viewerOf("ann", workspaces),
      workspaces,
    });
    expect(asBob).toMatchObject({
      mine: true,
      note: "Really?",
      canDelete: true,
      noteHtml: "<p>Really?</p>\n",
    });
    expect(asAnn).toMatchObject({ mine: false, note: "", canDelete: true });
    expect(asAnn!.audience.map((person) => person.name).sort()).toEqual(["ANN", "BOB"]);
    expect(asAnn!.anchor).toEqual({
      status: "anchored",
      start: text.indexOf("Margins"),
      end: text.indexOf(" Costs"),
      changed: false,
    });
  });

  it("as a summary (no note or thread read) carry what the card needs and say the thread is to be fetched", () => {
    const { note, comments, ...summary } = stored("n1", "Margins held.", "bob", { note: "Really?" });
    expect([note, comments]).toEqual(["Really?", []]);
    const [shown] = toReaderAnnotations({
      text,
      textHash: "same",
      annotations: [{ ...summary, _count: { comments: 3 } }],
      viewer: viewerOf("ann", workspaces),
      workspaces,
    });
    expect(shown).toMatchObject({
      full: false,
      replyCount: 3,
      noteHtml: "",
      note: "",
      comments: [],
      audience: [],
    });
    // The quote is the text where the note sits: the reader has it, the summary leaves it out.
    expect(shown).toMatchObject({ label: "Question", authorName: "BOB", exact: "", canDelete: true });
    const [whole] = toReaderAnnotations({
      text,
      textHash: "same",
      annotations: [stored("n1", "Margins held.", "bob", { note: "Really?" })],
      viewer: viewerOf("ann", workspaces),
      workspaces,
    });
    expect(whole).toMatchObject({ full: true, replyCount: 0, noteHtml: "<p>Really?</p>\n" });
  });

  it("as a summary keep a quote the text no longer holds as it was (an edited passage found again)", () => {
    const summary = { ...stored("n1", "Costs rose sharply", "bob"), note: undefined, comments: undefined };
    const edited = text.replace("Costs rose sharply", "Costs rose very sharply");
    const [shown] = toReaderAnnotations({
      text: edited,
      textHash: "edited",
      annotations: [summary],
      viewer: viewerOf("bob", workspaces),
      workspaces,
    });
    expect(shown!.anchor.status).toBe("anchored");
    expect(shown!.full).toBe(false);
    expect(shown!.exact).toBe("Costs rose sharply");
  });

  it("are re-anchored when the text changed since they were made", () => {
    const note = stored("n1", "Costs rose sharply", "bob");
    const changed = `Preface. ${text}`;
    const [shown] = toReaderAnnotations({
      text: changed,
      textHash: "new",
      annotations: [note],
      viewer: viewerOf("bob", workspaces),
      workspaces,
    });
    expect(shown!.anchor).toEqual({
      status: "anchored",
      start: changed.indexOf("Costs"),
      end: changed.indexOf(" in Japan"),
      changed: true,
    });
  });
});

describe("placing a saved note in the list", () => {
  const shown = (id: string, start: number | null, createdAt = "2026-01-01T00:00:00.000Z") =>
    ({
      id,
      createdAt,
      anchor:
        start === null ? { status: "orphan" } : { status: "anchored", start, end: start + 3, changed: false },
    }) as ReaderAnnotation;

  it("puts a new note in text order (ties by creation), orphans last, and replaces a changed one in place", () => {
    const list = [shown("a", 5), shown("b", 20), shown("z", null)];
    expect(upsertReaderAnnotation(list, shown("new", 10)).map((n) => n.id)).toEqual(["a", "new", "b", "z"]);
    expect(
      upsertReaderAnnotation(list, shown("late", 20, "2026-02-01T00:00:00.000Z")).map((n) => n.id),
    ).toEqual(["a", "b", "late", "z"]);
    expect(upsertReaderAnnotation(list, shown("orphan", null)).map((n) => n.id)).toEqual([
      "a",
      "b",
      "z",
      "orphan",
    ]);
    const edited = { ...shown("b", 20), label: "Risk" };
    const after = upsertReaderAnnotation(list, edited);
    expect(after.map((n) => n.id)).toEqual(["a", "b", "z"]);
    expect(after[1]).toBe(edited);
  });
});

describe("the viewer a workspace list describes", () => {
  it("has the user's role in each workspace they belong to, and no other", () => {
    const viewer = viewerOf("bob", [
      ...workspaces,
      { id: "w2", members: [{ userId: "ann", role: "owner" }] },
    ]);
    expect(viewer).toEqual({ id: "bob", workspaces: new Map([["w1", "member"]]) });
  });
});
