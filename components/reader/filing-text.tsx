import { renderFilingHtml, type FilingHtmlInput } from "./filing-html";

export type { ReaderRiskFactor } from "./filing-html";

/**
 * A filing's text rendered on the server as static HTML: no client JavaScript for the text,
 * so long filings stay light and browser find sees every word.
 */
export function FilingText(props: FilingHtmlInput) {
  return (
    <div
      className="filing-text font-serif text-[1.125rem] leading-8 text-stone-800 dark:text-stone-200"
      dangerouslySetInnerHTML={{ __html: renderFilingHtml(props) }}
    />
  );
}
