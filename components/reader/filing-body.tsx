"use client";

import { useEffect, useRef } from "react";
import { renderedFilingHtml } from "./rendered-filing-html";

/**
 * The filing's text, sent once. A page loaded as a document gets it in its HTML only, not also
 * inside its React payload (for a whole 10-K that payload carried the same megabyte again):
 * on the server this renders the HTML the page's server components left under `htmlKey`, and
 * in the browser it renders nothing of its own, so hydration keeps the server's markup as it
 * is (React does not compare dangerouslySetInnerHTML when hydrating). A client-side navigation
 * or refresh passes `html` itself, and it is rendered as usual.
 */
export function FilingBody({
  htmlKey,
  html,
  className,
}: {
  htmlKey: string;
  html?: string;
  className: string;
}) {
  const content = html ?? (typeof window === "undefined" ? (renderedFilingHtml().get(htmlKey) ?? "") : "");
  const ref = useRef<HTMLDivElement>(null);
  // The server could not find the HTML (it left the process's cache in between, which a burst
  // of other filings can cause): load the page once more rather than show no text.
  useEffect(() => {
    if (ref.current?.childNodes.length !== 0) return;
    const tried = `marginalia:reloaded:${htmlKey}`;
    if (sessionStorage.getItem(tried)) return;
    sessionStorage.setItem(tried, "1");
    window.location.reload();
  }, [htmlKey]);
  return (
    <div
      ref={ref}
      className={className}
      dangerouslySetInnerHTML={{ __html: content }}
      suppressHydrationWarning
    />
  );
}
