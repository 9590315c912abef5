import { describe, expect, it } from "vitest";
import { createTeamNotes } from "../testing/fixtures";
import { readReaderNotes } from "./read-reader-notes";

// What the reader reads after its first paint: every note the user may see, as summaries.
describe("the reader's list of notes", () => {
  it("lists what each user may see, as summaries in text order, and nothing for an unknown filing", async () => {
    const { filing, analysis, author, colleague, outsider, privateNote, shared, start } =
      await createTeamNotes();

    const asAuthor = await readReaderNotes({ filingSlug: filing.slug, userId: author });
    expect(asAuthor?.map((note) => note.id).sort()).toEqual([privateNote.id, shared.id].sort());
    const starts = asAuthor!.map((note) => (note.anchor.status === "anchored" ? note.anchor.start : -1));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    // A summary: where it sits and what its card shows, without the note or its thread, and
    // without the quote of a passage that is unchanged (the reader reads it in its text).
    expect(asAuthor!.find((note) => note.id === shared.id)).toMatchObject({
      full: false,
      mine: true,
      label: "Question",
      noteHtml: "",
      note: "",
      comments: [],
      exact: "",
      anchor: { status: "anchored", start, end: start + 14 },
    });
    expect(analysis.text.slice(start, start + 14)).toBe("¥5,025 million");

    const asColleague = await readReaderNotes({ filingSlug: filing.slug, userId: colleague });
    expect(asColleague?.map((note) => note.id)).toEqual([shared.id]);
    expect(await readReaderNotes({ filingSlug: filing.slug, userId: outsider })).toEqual([]);
    expect(await readReaderNotes({ filingSlug: "no-such-filing", userId: author })).toBeNull();
  });
});
