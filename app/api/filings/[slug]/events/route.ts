import { canSeeAnnotation } from "@/lib/permissions/annotation-access";
import { currentUser } from "@/server/auth";
import { getFilingText } from "@/server/data/get-filing-text";
import { getLatestLiveEventId } from "@/server/data/get-latest-live-event-id";
import { getViewer } from "@/server/data/get-viewer";
import { listLiveEvents } from "@/server/data/list-live-events";
import { subscribeToFiling } from "@/server/live";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: changes to the notes of a filing that this user may see. Each event
 * carries its id, so a reconnecting browser (Last-Event-ID) or a page rendered at event N
 * (?after=N) catches up on everything after it; the content itself is fetched by the page,
 * under the same permission checks.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to follow a filing's notes.", { status: 401 });
  const filing = await getFilingText({ slug: (await params).slug });
  if (!filing) return new Response("No such filing.", { status: 404 });

  const from = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after");
  let cursor = /^\d{1,19}$/.test(from ?? "")
    ? BigInt(from!)
    : await getLatestLiveEventId({ filingId: filing.id });
  const encoder = new TextEncoder();

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let running: Promise<void> = Promise.resolve();
      const write = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      // Reads what happened after the cursor; runs one at a time, in order.
      const catchUp = () => {
        running = running
          .then(async () => {
            if (closed) return;
            const viewer = await getViewer({ userId: user.id });
            for (;;) {
              const events = await listLiveEvents({ filingId: filing.id, afterId: cursor, limit: 200 });
              for (const event of events) {
                cursor = event.id;
                if (canSeeAnnotation(viewer, event))
                  write(
                    `id: ${event.id}\nevent: change\ndata: ${JSON.stringify({ kind: event.kind, annotationId: event.annotationId })}\n\n`,
                  );
              }
              if (events.length < 200) break;
            }
          })
          .catch(() => {
            write(": the database did not answer; retrying on the next change\n\n");
          });
      };
      write("retry: 2000\n\n");
      const unsubscribe = subscribeToFiling(filing.id, catchUp);
      const heartbeat = setInterval(() => write(": ping\n\n"), 15_000);
      catchUp();
      request.signal.addEventListener("abort", () => {
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
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
