/**
 * The benchmark's note rows: signing the bench analyst in, HTTP load on the write and read
 * paths of /api/v1 (autocannon), and, in headless Chromium, how long a filing with 2,000
 * notes takes to paint its highlights, to paint one more, and until a note can be created.
 */
import type { Browser } from "playwright-core";
import { withPage, type BenchCookie } from "./browser";
import { measureLoad, type LoadRequest, type LoadResult } from "./http";

/** What scripts/bench-seed.ts wrote for the bench analyst. */
export interface BenchAnalyst {
  email: string;
  password: string;
  token: string;
  /** One of the analyst's notes on the large filing (replies go there). */
  annotationId: string;
  notes: number;
}

/** Signs in through Better Auth's endpoint and returns the session cookies. */
export async function signInCookies(base: string, email: string, password: string): Promise<BenchCookie[]> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const cookies = response.headers.getSetCookie().map((header) => {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
  });
  if (cookies.length === 0) throw new Error("sign-in set no cookie");
  return cookies;
}

/** The Cookie header for these cookies. */
export const cookieHeader = (cookies: BenchCookie[]) =>
  cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

/** The API calls measured under load, each as one request autocannon repeats. */
export async function noteRequests(options: {
  base: string;
  analyst: BenchAnalyst;
  sampleSlug: string;
  largeSlug: string;
}): Promise<Array<{ name: string; url: string; request: LoadRequest; expect: number }>> {
  const { base, analyst } = options;
  const auth = { authorization: `Bearer ${analyst.token}` };
  const json = { ...auth, "content-type": "application/ld+json" };
  // A reply names its annotation by the id the server gives it (its public URL).
  const annotation = await fetch(`${base}/api/v1/annotations/${analyst.annotationId}`, { headers: auth });
  if (!annotation.ok) throw new Error(`GET the bench analyst's note answered ${annotation.status}`);
  const { id: annotationUrl } = (await annotation.json()) as { id: string };
  return [
    {
      name: "create annotation",
      url: `${base}/api/v1/filings/${options.sampleSlug}/annotations`,
      expect: 201,
      request: {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          "@context": "http://www.w3.org/ns/anno.jsonld",
          type: "Annotation",
          body: { type: "TextualBody", value: "Bench: a note under load.", purpose: "commenting" },
          target: {
            source: `${base}/filings/${options.sampleSlug}`,
            selector: {
              type: "TextQuoteSelector",
              exact: "There is strong competition among systems integrators",
            },
          },
        }),
      },
    },
    {
      name: "add comment",
      url: `${base}/api/v1/annotations/${analyst.annotationId}/replies`,
      expect: 201,
      request: {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          type: "Annotation",
          motivation: "replying",
          target: annotationUrl,
          bodyValue: "Bench: a reply under load.",
        }),
      },
    },
    {
      name: `list ${analyst.notes} annotations (JSON-LD export)`,
      url: `${base}/api/v1/filings/${options.largeSlug}/export?format=jsonld`,
      expect: 200,
      request: { headers: auth },
    },
    {
      name: "search (filing + notes)",
      url: `${base}/api/v1/search?q=revenue&filing=${options.largeSlug}`,
      expect: 200,
      request: { headers: auth },
    },
  ];
}

/** One load run of a note request; throws when a request failed or answered unexpectedly. */
export async function loadNoteRequest(
  target: Awaited<ReturnType<typeof noteRequests>>[number],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  // One request first: a wrong status fails fast with the reason, not as thousands of non-2xx.
  const probe = await fetch(target.url, {
    method: target.request.method ?? "GET",
    headers: target.request.headers,
    body: target.request.body,
  });
  if (probe.status !== target.expect)
    throw new Error(`${target.name} answered ${probe.status}: ${(await probe.text()).slice(0, 200)}`);
  return measureLoad(target.url, connections, seconds, target.request);
}

// Selects the first words of the filing text as a mouse would and returns when it let go.
const selectFirstWords = `(() => {
  const span = document.querySelector(".block-text");
  const node = span && document.createTreeWalker(span, NodeFilter.SHOW_TEXT).nextNode();
  if (!node || node.textContent.length < 12) return null;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, Math.min(40, node.textContent.length));
  document.getSelection().removeAllRanges();
  document.getSelection().addRange(range);
  const at = performance.now();
  span.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  return at;
})()`;

export interface AnnotatingTiming {
  /** Navigation start → the annotate popover shown for a selection, ms. */
  firstAnnotatable: number;
  /** The first paint of every highlight: duration (ms) and how many notes. */
  paintAll: number;
  /** Navigation start → every highlight painted (the notes are read after the page paints), ms. */
  allPaintedAt: number;
  painted: number;
  /** Painting one more note after it was saved (ms). */
  addOne: number;
  /**
   * "Save note" clicked → the new note's highlight painted (ms): the save as the analyst sees
   * it (the passage is painted before the server answers).
   */
  saveToPainted: number;
  /** "Save note" clicked → the saved note (the server's answer) painted in its place (ms). */
  saveToSaved: number;
}

/**
 * Two signed-in loads of a reader page. First: selects the first words of the text again and
 * again from the moment the document commits until the annotate popover appears (time until
 * a note can be created). Second, once loaded: reads the first highlight paint, then saves a
 * note and reads the paint that added it (the app records each paint as a
 * `marginalia:paint-highlights` measure).
 */
export async function measureAnnotating(
  browser: Browser,
  url: string,
  cookies: BenchCookie[],
  timeoutMs = 30_000,
): Promise<AnnotatingTiming> {
  const firstAnnotatable = await withPage(browser, null, cookies, async (page) => {
    await page.goto(url, { waitUntil: "commit" });
    const popover = page.getByRole("dialog", { name: "Annotate the selection" });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const at = (await page.evaluate(selectFirstWords).catch(() => null)) as number | null;
      if (at !== null && (await popover.isVisible().catch(() => false))) return at;
    }
    throw new Error(`no annotate popover within ${timeoutMs} ms (${url})`);
  });
  return withPage(browser, null, cookies, async (page) => {
    await page.goto(url, { waitUntil: "load" });
    type Paint = {
      startTime: number;
      duration: number;
      annotations: number;
      added: number;
      removed: number;
    };
    const paints = async () =>
      JSON.parse(
        (await page.evaluate(`JSON.stringify(performance.getEntriesByName("marginalia:paint-highlights")
          .map((entry) => ({ startTime: entry.startTime, duration: entry.duration, ...entry.detail })))`)) as string,
      ) as Paint[];
    // The notes panel starts once the reader's start (with the notes) is read: its first paint
    // is the one that matters (with the notes, or empty for a reader without any).
    const paintDeadline = Date.now() + timeoutMs;
    let first: Paint | undefined;
    while (!first && Date.now() < paintDeadline) {
      const recorded = await paints();
      first = recorded.find((paint) => paint.annotations > 0) ?? recorded[0];
    }
    if (!first) throw new Error(`no highlight paint after the notes were read (${url})`);
    const popover = page.getByRole("dialog", { name: "Annotate the selection" });
    await page.evaluate(selectFirstWords);
    await popover.waitFor({ timeout: timeoutMs });
    await popover.getByLabel("Note (Markdown, optional)").fill("Bench: one more note.");
    // The click time, taken in the page on the button's own click (the page's clock).
    await page.evaluate(`document.querySelector('[data-annotation-popover] button[type="submit"]')
      .addEventListener("click", () => { window.__benchSaveClicked = performance.now(); }, { once: true })`);
    await popover.getByRole("button", { name: "Save note" }).click();
    // Polled from here: waitForFunction evaluates strings in the page, which its CSP forbids.
    const addedPaint = `(() => {
      const paint = performance.getEntriesByName("marginalia:paint-highlights").find((entry) =>
        entry.detail && entry.detail.annotations === ${first.annotations + 1} && entry.detail.added >= 1);
      return paint ? [paint.duration, paint.startTime + paint.duration - window.__benchSaveClicked] : null;
    })()`;
    const deadline = Date.now() + timeoutMs;
    let added: [number, number] | null = null;
    while (added === null && Date.now() < deadline)
      added = (await page.evaluate(addedPaint)) as [number, number] | null;
    if (added === null)
      throw new Error(`the new note was never painted (${url}): paints ${JSON.stringify(await paints())}`);
    // The form closes in the render that puts the saved note in the pending one's place: the
    // last paint of n + 1 notes by then is the one that painted it.
    await popover.waitFor({ state: "hidden", timeout: timeoutMs });
    const savedPaint = (await page.evaluate(`(() => {
      const paint = performance.getEntriesByName("marginalia:paint-highlights").filter((entry) =>
        entry.detail && entry.detail.annotations === ${first.annotations + 1}).at(-1);
      return paint.startTime + paint.duration - window.__benchSaveClicked;
    })()`)) as number;
    return {
      firstAnnotatable,
      paintAll: first.duration,
      allPaintedAt: first.startTime + first.duration,
      painted: first.annotations,
      addOne: added[0],
      saveToPainted: added[1],
      saveToSaved: savedPaint,
    };
  });
}

export interface MarginScrollTiming {
  /** The margin's own work in each animation frame while scrolling (ms): which cards are near, re-measured passages. */
  workPerFrame: number[];
  /** Time between animation frames while scrolling (ms): everything, React's render and the browser's paint included. */
  frameIntervals: number[];
  /** The cards rendered at the end (only those near the screen are). */
  cardsRendered: number;
}

/**
 * The notes in the margin while the reader scrolls a filing with thousands of notes: loads
 * `url` signed in at a width with a margin, waits for the margin's cards, then scrolls 120 px
 * per animation frame for `frames` frames, and reads back the margin's recorded measures
 * (`marginalia:margin-layout`, `marginalia:margin-measure`) frame by frame.
 */
export async function measureMarginScroll(
  browser: Browser,
  url: string,
  cookies: BenchCookie[],
  frames = 240,
  timeoutMs = 30_000,
): Promise<MarginScrollTiming> {
  return withPage(browser, null, cookies, async (page) => {
    await page.goto(url, { waitUntil: "load" });
    await page.locator("[data-margin-notes] li[data-note-id]").first().waitFor({ timeout: timeoutMs });
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    return (await page.evaluate(`(async () => {
      const count = ${frames};
      const stamps = [];
      performance.clearMeasures("marginalia:margin-layout");
      performance.clearMeasures("marginalia:margin-measure");
      await new Promise((resolve) => {
        const step = (now) => {
          stamps.push(now);
          if (stamps.length > count) return resolve();
          window.scrollBy({ top: 120, behavior: "instant" });
          requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      });
      const entries = [
        ...performance.getEntriesByName("marginalia:margin-layout"),
        ...performance.getEntriesByName("marginalia:margin-measure"),
      ];
      const intervals = stamps.slice(1).map((end, index) => [stamps[index], end]);
      return {
        workPerFrame: intervals.map(([start, end]) =>
          entries
            .filter((entry) => entry.startTime >= start && entry.startTime < end)
            .reduce((sum, entry) => sum + entry.duration, 0),
        ),
        frameIntervals: intervals.map(([start, end]) => end - start),
        cardsRendered: document.querySelectorAll("[data-margin-notes] li[data-note-id]").length,
      };
    })()`)) as MarginScrollTiming;
  });
}
