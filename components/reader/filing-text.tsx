import { RecentlyUsed } from "@/lib/recently-used";
import { renderFilingHtml, type FilingHtmlInput } from "./filing-html";

export type { ReaderRiskFactor } from "./filing-html";

/**
 * The last few filings' HTML, per process: building a whole 10-K's HTML takes tens of
 * milliseconds, and it depends only on what the key covers (the filing's version, its risk
 * factors' categories, whether they are editable).
 */
const globalForRendered = globalThis as unknown as { marginaliaFilingHtml?: RecentlyUsed<string, string> };
const rendered = (globalForRendered.marginaliaFilingHtml ??= new RecentlyUsed(4));

function cachedHtml(key: string | undefined, props: FilingHtmlInput): string {
  if (key === undefined) return renderFilingHtml(props);
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const html = renderFilingHtml(props);
  rendered.set(key, html);
  return html;
}

/**
 * A filing's text rendered on the server as static HTML: no client JavaScript for the text,
 * so long filings stay light and browser find sees every word.
 * @param cacheKey identifies everything the HTML depends on (see app/filings/[slug]/page.tsx)
 */
export function FilingText({ cacheKey, ...props }: FilingHtmlInput & { cacheKey?: string }) {
  return (
    <div
      className="filing-text font-serif text-[1.125rem] leading-8 text-stone-800 dark:text-stone-200"
      dangerouslySetInnerHTML={{ __html: cachedHtml(cacheKey, props) }}
    />
  );
}
