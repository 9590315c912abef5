import "server-only";
import { canSeeAnnotation, type Viewer } from "@/lib/permissions/annotation-access";
import { sessionUserFor } from "@/server/auth";
import { getViewer } from "@/server/data/get-viewer";
import { listLiveEvents } from "@/server/data/list-live-events";
import { readLiveFeedStart } from "@/server/data/read-live-feed-start";
import { env } from "@/server/env";
import { liveFeedMark, openStream, subscribeToFiling, type LiveEventRow } from "@/server/live";
import { rememberedViewer } from "@/server/viewer-memory";
import { parseLiveEventId } from "@/lib/notify/live-event-id";

/** Events a reconnecting stream may replay; further behind, it is told to reload instead. */
const MAX_CATCH_UP = 500;

/**
 * A Server-Sent Events stream of the changes to a filing's notes that this user may see.
 * Each event carries its id, so a reconnecting browser (Last-Event-ID) or a page that read the
 * notes at event N (?after=N) catches up on what came after — up to MAX_CATCH_UP events; a
 * stream further behind gets `event: reload` (the page re-reads everything at once, cheaper than
 * a replay). The content itself is fetched by the page, under the same permission checks.
 * Opening one costs one query (readLiveFeedStart: the filing, its latest event and the
 * backlog); the viewer is usually remembered from the reader's start a moment before.
 *
 * Bounded: a user holds at most MARGINALIA_STREAMS_PER_USER streams and the server
 * MARGINALIA_STREAMS_TOTAL (429 past either); a stream ends (`event: signed-out`) once its
 * session is gone. 404 when there is no such filing.
 */
export async function openFilingEventStream(options: {
  request: Request;
  user: { id: string };
  slug: string;
}): Promise<Response> {
  const { request, user } = options;
  const release = openStream(user.id);
  if (!release)
    return new Response("Too many live streams are open; close other tabs or try again shortly.", {
      status: 429,
      headers: { "retry-after": "30" },
    });

  const from = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  const fromId = parseLiveEventId(from);
  const mark = liveFeedMark();
  let start: NonNullable<Awaited<ReturnType<typeof readLiveFeedStart>>>;
  let viewer: Viewer;
  try {
    const [read, remembered] = await Promise.all([
      readLiveFeedStart({
        slug: options.slug,
        afterId: fromId,
        limit: MAX_CATCH_UP + 1,
      }),
      rememberedViewer(user.id),
    ]);
    if (!read) {
      release();
      return new Response("No such filing.", { status: 404 });
    }
    start = read;
    viewer = remembered;
  } catch (error) {
    release(); // the slot is only held by a stream that opened
    throw error;
  }
  const filingId = start.filingId;
  /** The last event this stream has passed on (or skipped as not the reader's to see). */
  let cursor = fromId ?? start.latest;
  const encoder = new TextEncoder();
  /** Ends the stream (set once it starts): on abort, on cancel, on sign-out, on a failed write. */
  let close = release;

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let caughtUp = false;
      const queued: LiveEventRow[] = [];
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          // The reader went away without an abort: end here, never in the hub's loop.
          close();
        }
      };
      const send = (events: LiveEventRow[]) => {
        for (const event of events) {
          if (event.id <= cursor) continue;
          cursor = event.id;
          if (canSeeAnnotation(viewer, event))
            write(
              `id: ${event.id}\nevent: change\ndata: ${JSON.stringify({ kind: event.kind, annotationId: event.annotationId })}\n\n`,
            );
        }
      };
      /** What the hub hands over: held back while the stream still catches up on its own. */
      const deliver = (events: LiveEventRow[]) => {
        if (caughtUp) send(events);
        else for (const event of events) queued.push(event);
      };
      /** The backlog, or `event: reload` (the page reads all afresh) when it is too long. */
      const catchUp = (events: LiveEventRow[]) => {
        if (events.length <= MAX_CATCH_UP) return send(events);
        const last = events.at(-1)!.id;
        cursor = last > start.latest ? last : start.latest;
        write(`id: ${cursor}\nevent: reload\ndata: {}\n\n`);
      };
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearInterval(sessionCheck);
        subscription.unsubscribe();
        release();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };

      write("retry: 2000\n\n");
      // Subscribed after the read: the hub says whether it handed events past the read to other
      // streams meanwhile; those are read here, the hub's own held back until then.
      const subscription = subscribeToFiling(filingId, deliver, { latest: start.latest, mark });
      catchUp(start.events);
      if (!subscription.behind) caughtUp = true;
      else
        void (async () => {
          try {
            catchUp(await listLiveEvents({ filingId, afterId: cursor, limit: MAX_CATCH_UP + 1 }));
            caughtUp = true;
            send(queued.splice(0));
          } catch {
            // The database did not answer: end the stream; the browser reconnects (retry: 2000)
            // from its last event id and catches up then, nothing skipped.
            close();
          }
        })();
      const heartbeat = setInterval(() => write(": ping\n\n"), 15_000);
      // A stream lives only as long as its session (signed out elsewhere, expired, revoked).
      const sessionCheck = setInterval(() => {
        void (async () => {
          const still = await sessionUserFor(request.headers).catch(() => undefined);
          if (still === undefined) return; // the database did not answer: ask again later
          if (!still || still.id !== user.id) {
            write("event: signed-out\ndata: {}\n\n");
            close();
            return;
          }
          viewer = await getViewer({ userId: user.id }).catch(() => viewer);
        })();
      }, env.MARGINALIA_STREAM_SESSION_CHECK_SECONDS * 1000);
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform keeps the server's compression from buffering the stream.
      "cache-control": "no-cache, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
