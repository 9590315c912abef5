import { describe, expect, it } from "vitest";
import { getLatestLiveEventId } from "./data/get-latest-live-event-id";
import { listLiveEvents } from "./data/list-live-events";
import { subscribeToFiling, whenListening } from "./live";
import { createSampleFiling, createTestAnnotation, createTestUser } from "./testing/fixtures";

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
    const note = await createTestAnnotation({
      filingId: filing.id,
      text: analysis.text,
      start: 200,
      end: 240,
      authorId: author,
    });
    await notified;
    const events = await listLiveEvents({ filingId: filing.id, afterId: before, limit: 10 });
    expect(events.map((event) => [event.kind, event.annotationId, event.authorId])).toEqual([
      ["annotation.created", note.id, author],
    ]);
  });
});
