"use client";

import { useEffect, type ComponentProps } from "react";
import { READER_SELECTOR } from "@/lib/reader/dom-contract";
import type { ReaderSession } from "@/lib/reader/reader-session";
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
 * (reader-session-store). A visitor gets nothing here; a signed-in reader Follow, the notes
 * carried from last year and notes export/import; the importer correcting the details and
 * replacing the text; a curator the category menu and deleting the filing.
 */
export function ReaderTools({
  filingSlug,
  filingTitle,
  version,
  details,
  categories,
}: {
  filingSlug: string;
  filingTitle: string;
  /** The filing's row version: a change (a correction, a new text) reads the session again. */
  version: number;
  details: ComponentProps<typeof EditFilingDetails>["details"];
  categories: ComponentProps<typeof RiskCategoryMenu>["categories"];
}) {
  useEffect(() => {
    publishReaderSession(undefined);
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
      .then((session) => !stopped && publishReaderSession(session));
    return () => {
      stopped = true;
    };
  }, [filingSlug, version]);
  const session = useReaderSession();
  const user = session && session !== "failed" && session.user !== null ? session : null;
  // The article says whether its reader is signed in (CSS shows "+ note" on risk titles then).
  useEffect(() => {
    const article = document.querySelector<HTMLElement>(READER_SELECTOR.article);
    if (!article) return;
    article.toggleAttribute("data-signed-in", user !== null);
  }, [user]);
  if (!user) return null;
  return (
    <>
      <FollowFiling filingSlug={filingSlug} />
      <CarriedNotes filingSlug={filingSlug} />
      <NotesTransfer filingSlug={filingSlug} workspaces={user.workspaces} />
      {user.mayEditDetails && (
        <>
          <EditFilingDetails filingSlug={filingSlug} version={version} details={details} />
          <ReplaceFilingText filingSlug={filingSlug} />
        </>
      )}
      {user.deletion.allowed && (
        <>
          <div className="no-print">
            <DeleteFiling
              filingSlug={filingSlug}
              title={filingTitle}
              yours={user.deletion.yours}
              workspaces={user.deletion.workspaces}
              others={user.deletion.others}
            />
          </div>
          <RiskCategoryMenu filingSlug={filingSlug} categories={categories} />
        </>
      )}
    </>
  );
}
