import { headers } from "next/headers";
import { FilingBody } from "./filing-body";
import { renderFilingHtml, type FilingHtmlInput } from "./filing-html";
import { renderedFilingHtml } from "./rendered-filing-html";
import { READER_CLASS } from "@/lib/reader/dom-contract";

export type { ReaderRiskFactor } from "./filing-html";

const CLASS_NAME = `${READER_CLASS.filingText} font-serif text-[1.125rem] leading-8 text-stone-800 dark:text-stone-200`;

/**
 * A filing's text rendered on the server as static HTML: no client JavaScript for the text,
 * so long filings stay light and browser find sees every word. With a `cacheKey` the HTML is
 * kept per process, and a page loaded as a document carries it once, in its HTML only (see
 * FilingBody); a client-side navigation or refresh, which has no HTML document, carries it in
 * its React payload as before.
 * @param cacheKey identifies everything the HTML depends on (see app/filings/[slug]/page.tsx)
 */
export async function FilingText({ cacheKey, ...props }: FilingHtmlInput & { cacheKey?: string }) {
  if (cacheKey === undefined)
    return <div className={CLASS_NAME} dangerouslySetInnerHTML={{ __html: renderFilingHtml(props) }} />;
  const cache = renderedFilingHtml();
  let html = cache.get(cacheKey);
  if (html === undefined) {
    html = renderFilingHtml(props);
    cache.set(cacheKey, html);
  }
  // Marked by scripts/serve.mjs (Next hides the headers that would tell); without the mark
  // (`next dev`) the HTML goes in the payload too, as a client-side navigation needs.
  const documentLoad = (await headers()).get("x-marginalia-document") === "1";
  return <FilingBody htmlKey={cacheKey} html={documentLoad ? undefined : html} className={CLASS_NAME} />;
}
