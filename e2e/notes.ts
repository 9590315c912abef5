import { expect, type Page } from "@playwright/test";

const sample = "/filings/iij-20f-fy2008";

/**
 * Gives the signed-in user of `page` `count` notes ("<prefix> 0", "<prefix> 1", …) on distinct
 * six-word passages of the sample within its first `within` characters, spread evenly over
 * them, through the annotation import API (W3C Web Annotations with TextQuoteSelectors).
 */
export async function importSampleNotes(
  page: Page,
  options: { count: number; within?: number; prefix: string },
): Promise<void> {
  const origin = new URL(page.url()).origin;
  const filing = (await (await page.request.get(`/api/v1/filings/iij-20f-fy2008?include=text`)).json()) as {
    text: string;
  };
  const passages = [
    ...new Set(
      [...filing.text.slice(0, options.within).matchAll(/[A-Za-z]+(?: [A-Za-z]+){5}/g)].map((m) => m[0]),
    ),
  ];
  const step = Math.max(1, Math.floor(passages.length / options.count));
  const quotes = passages.filter((_, index) => index % step === 0).slice(0, options.count);
  expect(quotes).toHaveLength(options.count);
  const imported = await page.request.post(`/api/v1/filings/iij-20f-fy2008/import`, {
    headers: { origin, "content-type": "application/ld+json" },
    data: JSON.stringify({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "AnnotationPage",
      items: quotes.map((exact, index) => ({
        type: "Annotation",
        body: { type: "TextualBody", value: `${options.prefix} ${index}`, purpose: "commenting" },
        target: { source: `${origin}${sample}`, selector: { type: "TextQuoteSelector", exact } },
      })),
    }),
  });
  expect(imported.status()).toBe(201);
}
