import { describe, expect, it } from "vitest";
import { describeSelection } from "@/lib/anchoring";
import { createAnnotation } from "./data/create-annotation";
import { getLatestLiveEventId } from "./data/get-latest-live-event-id";
import { listLiveEvents } from "./data/list-live-events";
import { subscribeToFiling, whenListening } from "./live";
import { createSampleFiling, createTestUser } from "./testing/fixtures";

describe("live feed", () => {
  it("records an event with each new note and notifies this filing's subscribers through the database", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("live");
    const before = await getLatestLiveEventId({ filingId: filing.id });

    const notified = new Promise<void>((resolve) => {
      const stop = subscribeToFiling(filing.id, () => {
        stop();
        resolve();
      });
    });
    await whenListening();
    const { quote, position } = describeSelection(analysis.text, 200, 240);
    const note = await createAnnotation({
      filingId: filing.id,
      authorId: author,
      workspaceId: null,
      label: "Note",
      note: "",
      tags: [],
      selector: {
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
      },
      textHash: "h",
    });
    await notified;
    const events = await listLiveEvents({ filingId: filing.id, afterId: before, limit: 10 });
    expect(events.map((event) => [event.kind, event.annotationId, event.authorId])).toEqual([
      ["annotation.created", note.id, author],
    ]);
  });
});
