"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ComponentProps, type RefObject } from "react";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";
import type { ReaderSession, SignedInReaderSession } from "@/lib/reader/reader-session";
import { closeLiveFeed, openLiveFeed } from "@/components/annotations/live-feed-source";
import { publishReaderSession, useReaderSession } from "./reader-session-store";
import {
  CarriedNotes,
  DeleteFiling,
  EditFilingDetails,
  FollowFiling,
  NotesTransfer,
  ReplaceFilingText,
  RiskCategoryMenu,
} from "./signed-in-tools";

/**
 * The reader's tools for whoever reads it, learnt after the page paints: the page is the same
 * for everyone (it may come from the page cache), so this island asks who is reading
 * (`/api/filings/<slug>/reader`) and shares the answer with the notes panel and the header
 * (reader-session-store). A visitor is asked to sign in; a signed-in reader Follow, the notes
 * carried from last year and notes export/import; the importer correcting the details and
 * replacing the text; a curator the category menu and deleting the filing.
 */
export function ReaderTools(props: {
  filingSlug: string;
  filingTitle: string;
  /** The filing's row version: a change (a correction, a new text) reads the session again. */
  version: number;
  details: ComponentProps<typeof EditFilingDetails>["details"];
  categories: ComponentProps<typeof RiskCategoryMenu>["categories"];
}) {
  const { filingSlug, version } = props;
  /** Reads made after a failed one ("Try again" in the notes panel). */
  const [retries, setRetries] = useState(0);
  useEffect(() => {
    publishReaderSession(undefined);
    return closeLiveFeed;
  }, [filingSlug]);
  useEffect(() => {
    let stopped = false;
    const read = async (): Promise<ReaderSession | "failed"> => {
      const response = await fetch(`/api/filings/${encodeURIComponent(filingSlug)}/reader`, {
        cache: "no-store",
      });
      return response.ok ? ((await response.json()) as ReaderSession) : "failed";
    };
    void read()
      .catch(() => "failed" as const)
      .then((session) => {
        if (stopped) return;
        // The live feed opens now, not once the notes panel has rendered (see openLiveFeed).
        if (session !== "failed" && session.user) openLiveFeed(filingSlug, session.liveAfter);
        publishReaderSession(session, () => {
          publishReaderSession(undefined);
          setRetries((count) => count + 1);
        });
      });
    return () => {
      stopped = true;
    };
  }, [filingSlug, version, retries]);
  const session = useReaderSession();
  const user = session && session !== "failed" && session.user !== null ? session : null;
  // The article says whether its reader is signed in (CSS shows "+ note" on risk titles then).
  useEffect(() => {
    const article = document.querySelector<HTMLElement>(READER_SELECTOR.article);
    if (!article) return;
    article.toggleAttribute("data-signed-in", user !== null);
  }, [user]);
  const toolbar = useRef<HTMLDivElement>(null);
  useToolPanelsClosing(toolbar);
  // The toolbar's line is on the page before anyone is known (it is the same for everyone), so
  // the tools arriving after the paint never push the filing down under the reader's pointer.
  return (
    <div ref={toolbar} className="no-print relative" data-reader-tools>
      <div
        role="group"
        aria-label="Filing tools"
        className="-mx-1 flex min-h-10 items-center gap-1.5 w-0 min-w-full overflow-x-auto whitespace-nowrap px-1 py-1 text-sm"
      >
        {session && session !== "failed" && session.user === null && (
          <p className="text-stone-600 dark:text-stone-400">
            <Link href="/sign-in" prefetch={false} className="font-medium underline underline-offset-2">
              Sign in
            </Link>{" "}
            to annotate this filing, follow it and export its notes.
          </p>
        )}
        {user && <SignedInTools {...props} user={user} />}
      </div>
    </div>
  );
}

/** Follow, carried notes, export or import; for its importer and curators the filing's own tools. */
function SignedInTools({
  filingSlug,
  filingTitle,
  version,
  details,
  categories,
  user,
}: ComponentProps<typeof ReaderTools> & { user: SignedInReaderSession }) {
  return (
    <>
      <FollowFiling filingSlug={filingSlug} following={user.following} />
      <CarriedNotes filingSlug={filingSlug} fromReport={user.previousReport?.slug ?? null} />
      <NotesTransfer filingSlug={filingSlug} workspaces={user.workspaces} />
      {user.mayEditDetails && (
        <>
          <EditFilingDetails filingSlug={filingSlug} version={version} details={details} />
          <ReplaceFilingText filingSlug={filingSlug} />
        </>
      )}
      {user.deletion.allowed && (
        <>
          <DeleteFiling
            filingSlug={filingSlug}
            title={filingTitle}
            yours={user.deletion.yours}
            workspaces={user.deletion.workspaces}
            others={user.deletion.others}
          />
          <RiskCategoryMenu filingSlug={filingSlug} categories={categories} />
        </>
      )}
    </>
  );
}

/**
 * A tool's panel lies over the text, so it closes as a menu does: on a press outside it (or on
 * another tool) and on Escape, which gives the focus back to its summary.
 */
function useToolPanelsClosing(toolbar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const openPanels = () => [
      ...(toolbar.current?.querySelectorAll<HTMLDetailsElement>("details[open]") ?? []),
    ];
    const onPointerDown = (event: PointerEvent) => {
      for (const panel of openPanels()) if (!panel.contains(event.target as Node)) panel.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      for (const panel of openPanels()) {
        if (!panel.contains(document.activeElement)) continue;
        panel.open = false;
        panel.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [toolbar]);
}
