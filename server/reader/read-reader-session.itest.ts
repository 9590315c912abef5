import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTeamNotes } from "@/server/testing/fixtures";
import { readReaderSession } from "./read-reader-session";

// What the shared reader page learns about its reader after it paints (issue 16): the same
// answers the page used to render per user, now per request to /api/filings/<slug>/reader.
describe("a reader's session on a filing", () => {
  it("the owner of a workspace with notes on it curates the filing; a colleague and an outsider do not", async () => {
    const { filing, author, colleague, outsider, workspace } = await createTeamNotes();
    const owner = await readReaderSession({ slug: filing.slug, userId: author, userName: "Author" });
    expect(owner).toMatchObject({
      user: { name: "Author" },
      workspaces: [{ id: workspace.id, name: expect.stringMatching(/^Desk /) }],
      mayEditDetails: false,
      // Both notes are the author's own: nothing of anyone else's would go with the filing.
      deletion: { allowed: true, yours: 2, workspaces: [], others: 0 },
    });
    // The live feed starts after the latest event of this filing (the two notes' creations).
    expect(BigInt(owner!.liveAfter)).toBeGreaterThan(0n);

    const member = await readReaderSession({ slug: filing.slug, userId: colleague, userName: "Colleague" });
    expect(member).toMatchObject({
      workspaces: [{ id: workspace.id }],
      mayEditDetails: false,
      deletion: { allowed: false },
    });
    const stranger = await readReaderSession({ slug: filing.slug, userId: outsider, userName: "Outsider" });
    expect(stranger).toMatchObject({ workspaces: [], mayEditDetails: false, deletion: { allowed: false } });
  });

  it("is null for a filing that does not exist", async () => {
    const { author } = await createTeamNotes();
    expect(
      await readReaderSession({ slug: `none-${randomUUID()}`, userId: author, userName: "A" }),
    ).toBeNull();
  });
});
