"use client";

import { lazy, Suspense, useEffect, type ComponentProps } from "react";
import { retryReaderSession, useReaderSession } from "@/components/reader/reader-session-store";

const loadPanel = () => import("./annotations-panel");
// The panel's code (cards, threads, the live feed, the selection popovers) is of no use before
// the page knows its reader, so it is not among the scripts the page names: it loads while the
// reader is asked for (the effect below), not after.
const AnnotationsPanel = lazy(() => loadPanel().then((module) => ({ default: module.AnnotationsPanel })));

type PanelProps = ComponentProps<typeof AnnotationsPanel>;
const NO_NOTES: PanelProps["initialNotes"] = [];

/**
 * The notes panel once the page knows its reader (ReaderTools asks after the first paint):
 * signed in, their notes (which came with the answer), workspaces and live feed; a visitor,
 * the invitation to sign in.
 * Until then it says the notes are loading.
 */
export function ReaderNotes(
  props: Omit<PanelProps, "signedIn" | "workspaces" | "liveAfter" | "initialNotes">,
) {
  const session = useReaderSession();
  useEffect(() => void loadPanel(), []);
  if (session === undefined || session === "failed")
    return <NotesPlaceholder failed={session === "failed"} />;
  return (
    <Suspense fallback={<NotesPlaceholder failed={false} />}>
      {session.user === null ? (
        <AnnotationsPanel
          key="visitor"
          {...props}
          signedIn={false}
          workspaces={[]}
          liveAfter="0"
          initialNotes={NO_NOTES}
        />
      ) : (
        <AnnotationsPanel
          key="signed-in"
          {...props}
          signedIn
          workspaces={session.workspaces}
          liveAfter={session.liveAfter}
          initialNotes={session.notes}
        />
      )}
    </Suspense>
  );
}

/** The notes panel's place while its reader or its code is on the way, or when they failed. */
function NotesPlaceholder({ failed }: { failed: boolean }) {
  return (
    <section aria-labelledby="annotations-title" aria-busy={!failed} className="space-y-3 text-sm">
      <h2 id="annotations-title" className="font-semibold">
        Notes
      </h2>
      {failed ? (
        <p
          role="alert"
          className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          The notes could not be loaded.{" "}
          <button type="button" className="font-medium underline" onClick={retryReaderSession}>
            Try again
          </button>
        </p>
      ) : (
        <p role="status" className="text-stone-600 dark:text-stone-400">
          Loading notes…
        </p>
      )}
    </section>
  );
}
