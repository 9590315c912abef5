import { describe, expect, it } from "vitest";
import { createTeamNotes } from "../testing/fixtures";
import { readReaderNotes } from "./read-reader-notes";

// What a save hands back to the reader, and what the live feed fetches for a colleague's
// change: the note as the page would have rendered it for this user, or nothing.
describe("reading notes as the reader shows them", () => {
  it("shows a user their own note, a colleague's shared one without its source, and nobody else's", async () => {
    const { filing, author, colleague, outsider, privateNote, shared, start } = await createTeamNotes();
    const ids = [privateNote.id, shared.id];

    const asAuthor = (await readReaderNotes({
      filingSlug: filing.slug,
      userId: author,
      annotationIds: ids,
    }))!;
    expect(asAuthor.map((note) => note.id).sort()).toEqual([...ids].sort());
    const own = asAuthor.find((note) => note.id === shared.id)!;
    expect(own).toMatchObject({
      mine: true,
      canDelete: true,
      note: "**Why** the drop?",
      noteHtml: "<p><strong>Why</strong> the drop?</p>\n",
      exact: "¥5,025 million",
      anchor: { status: "anchored", start, end: start + 14 },
      workspaceName: expect.stringMatching(/^Desk /),
    });
    // A reply may @mention the note's audience: its author and the workspace's members.
    expect(own.audience.map((person) => person.name).sort()).toEqual(["author", "colleague"]);

    const asColleague = (await readReaderNotes({
      filingSlug: filing.slug,
      userId: colleague,
      annotationIds: ids,
    }))!;
    expect(asColleague).toHaveLength(1);
    expect(asColleague[0]).toMatchObject({ id: shared.id, mine: false, canDelete: false, note: "" });

    expect(await readReaderNotes({ filingSlug: filing.slug, userId: outsider, annotationIds: ids })).toEqual(
      [],
    );
    expect(
      await readReaderNotes({ filingSlug: "no-such-filing", userId: author, annotationIds: ids }),
    ).toBeNull();
  });
});
