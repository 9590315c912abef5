import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getLatestLiveEventId } from "./data/get-latest-live-event-id";
import { listLiveEvents } from "./data/list-live-events";
import { liveFeedMark, subscribeToFiling, whenListening } from "./live";
import { createSampleFiling, createTestAnnotation, createTestUser } from "./testing/fixtures";

describe("live feed", () => {
  it("records an event with each new note and notifies this filing's subscribers through the database", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("live");
    const before = await getLatestLiveEventId({ filingId: filing.id });

    const notified = new Promise<void>((resolve) => {
      const { unsubscribe: stop } = subscribeToFiling(filing.id, () => {
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

// A stream reads its backlog first, then subscribes (one query to open it: readLiveFeedStart).
// What happened between the two must still reach it.
describe("a live feed joined after its own read", () => {
  const note = (filingId: string, text: string, authorId: string, start: number) =>
    createTestAnnotation({ filingId, text, start, end: start + 30, authorId });

  it("a new feed reads once when its filing changed between the read and the subscription", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("between");
    // Listening already (another filing's stream), so the change is heard.
    const { unsubscribe: other } = subscribeToFiling(randomUUID(), () => undefined);
    await whenListening();
    const mark = liveFeedMark();
    const latest = await getLatestLiveEventId({ filingId: filing.id });
    const between = await note(filing.id, analysis.text, author, 200);
    await expect.poll(() => liveFeedMark().heard).toBeGreaterThan(mark.heard);
    const got = new Promise<string[]>((resolve) => {
      const { unsubscribe } = subscribeToFiling(
        filing.id,
        (events) => {
          unsubscribe();
          resolve(events.map((event) => event.annotationId));
        },
        { latest, mark },
      );
    });
    expect(await got).toEqual([between.id]);
    other();
  });

  it("a feed already past the read says so (behind); one not past it delivers what comes next", async () => {
    const { filing, analysis } = await createSampleFiling();
    const author = await createTestUser("ahead");
    const before = await getLatestLiveEventId({ filingId: filing.id });
    const first = new Promise<void>((resolve) => {
      const { unsubscribe } = subscribeToFiling(filing.id, () => {
        unsubscribe();
        resolve();
      });
    });
    // Kept open by a second listener, so the feed stays with its position.
    const keeper = subscribeToFiling(filing.id, () => undefined);
    await whenListening();
    await note(filing.id, analysis.text, author, 200);
    await first;
    const late = subscribeToFiling(filing.id, () => undefined, { latest: before, mark: liveFeedMark() });
    expect(late.behind).toBe(true);
    late.unsubscribe();

    const now = await getLatestLiveEventId({ filingId: filing.id });
    let current: ReturnType<typeof subscribeToFiling> | undefined;
    const next = new Promise<string>((resolve) => {
      current = subscribeToFiling(filing.id, (events) => resolve(events[0]!.annotationId), {
        latest: now,
        mark: liveFeedMark(),
      });
    });
    expect(current!.behind).toBe(false);
    const after = await note(filing.id, analysis.text, author, 300);
    expect(await next).toBe(after.id);
    current!.unsubscribe();
    keeper.unsubscribe();
  });
});
