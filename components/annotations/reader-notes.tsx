"use client";

import type { ComponentProps } from "react";
import { useReaderSession } from "@/components/reader/reader-session-store";
import { AnnotationsPanel } from "./annotations-panel";

type PanelProps = ComponentProps<typeof AnnotationsPanel>;

/**
 * The notes panel once the page knows its reader (ReaderTools asks after the first paint):
 * signed in, their notes, workspaces and live feed; a visitor, the invitation to sign in.
 * Until then it says the notes are loading.
 */
export function ReaderNotes(props: Omit<PanelProps, "signedIn" | "workspaces" | "liveAfter">) {
  const session = useReaderSession();
  if (session === undefined || session === "failed")
    return (
      <section
        aria-labelledby="annotations-title"
        aria-busy={session === undefined}
        className="space-y-3 text-sm"
      >
        <h2 id="annotations-title" className="font-semibold">
          Notes
        </h2>
        {session === undefined ? (
          <p role="status" className="text-stone-600 dark:text-stone-400">
            Loading notes…
          </p>
        ) : (
          <p
            role="alert"
            className="rounded-md bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200"
          >
            The notes could not be loaded. Reload the page to try again.
          </p>
        )}
      </section>
    );
  if (session.user === null)
    return <AnnotationsPanel key="visitor" {...props} signedIn={false} workspaces={[]} liveAfter="0" />;
  return (
    <AnnotationsPanel
      key="signed-in"
      {...props}
      signedIn
      workspaces={session.workspaces}
      liveAfter={session.liveAfter}
    />
  );
}
