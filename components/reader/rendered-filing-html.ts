import { RecentlyUsed } from "@/lib/recently-used";

/**
 * The last few filings' HTML, per process, by a key that covers everything it depends on (the
 * filing's version, its risk factors' categories, whether they are editable). Building a whole
 * 10-K's HTML takes tens of milliseconds; and the server-side render of the page's client
 * code reads the HTML from here, so that it is not sent a second time inside the page's
 * React payload (see FilingBody). Shared through globalThis: the server components, the
 * server-side render and the route handlers are separate bundles in one process.
 */
export function renderedFilingHtml(): RecentlyUsed<string, string> {
  const global = globalThis as unknown as { marginaliaFilingHtml?: RecentlyUsed<string, string> };
  return (global.marginaliaFilingHtml ??= new RecentlyUsed(12));
}
