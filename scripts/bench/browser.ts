/**
 * Measurements in headless Chromium (playwright-core driving the system Chromium): bytes the
 * reader route ships, Largest Contentful Paint, and time to interactive. Every load gets a
 * fresh browser context (empty cache, no cookies), so each is a first visit.
 *
 * In-page code is passed as strings, not functions: tsx compiles functions with name helpers
 * (`__name`) that do not exist in the page.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";

/** Launches the headless Chromium the e2e tests use, with every host but loopback unresolvable. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.MARGINALIA_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    // scripts/bench.ts owns signal handling and closes the browser itself.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** A cookie for a fresh context (e.g. a signed-in session). */
export interface BenchCookie {
  name: string;
  value: string;
  url: string;
}

/** Runs `run` on a page of a fresh context (empty cache), with these cookies, then closes it. */
export async function withPage<T>(
  browser: Browser,
  initScript: string | null,
  cookies: BenchCookie[],
  run: (page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (cookies.length) await context.addCookies(cookies);
    const page = await context.newPage();
    if (initScript) await page.addInitScript(initScript);
    return await run(page);
  } finally {
    await context.close();
  }
}

const gzip = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

export interface PageWeight {
  /** `ownRoute`: the page's HTML names the file (script tag or RSC payload); else it was prefetched. */
  scripts: { url: string; raw: number; gzip: number; ownRoute: boolean }[];
  /** Sum over the route's own script responses of each body's size, raw and gzipped (level 9) one by one. */
  jsRaw: number;
  jsGzip: number;
  /**
   * Scripts the page fetched that its HTML does not name: chunks its code loads once it runs
   * (the notes panel's) and chunks of other routes that next/link prefetches once the page is
   * idle (e.g. the library behind the header's links).
   */
  prefetchedRaw: number;
  prefetchedGzip: number;
  htmlRaw: number;
  htmlGzip: number;
  /** Inline <script> bodies in the HTML (mostly the React Server Components payload). */
  inlineScriptRaw: number;
  inlineScriptGzip: number;
}

/** Loads `url` until the network is idle and weighs its document and every script response. */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
  return withPage(browser, null, [], async (page) => {
    const bodies = new Map<string, Promise<Buffer | null>>();
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script" || bodies.has(response.url())) return;
      if (response.status() !== 200)
        failed.push(`${new URL(response.url()).pathname} (${response.status()})`);
      bodies.set(
        response.url(),
        response.body().catch(() => null),
      );
    });
    const document = await page.goto(url, { waitUntil: "networkidle" });
    if (!document || document.status() !== 200) throw new Error(`${url} answered ${document?.status()}`);
    // A 404 here usually means .next was rebuilt under the running server.
    if (failed.length) throw new Error(`script responses failed: ${failed.join(", ")}`);
    const html = await document.body();
    const htmlText = html.toString("utf8");
    const scripts: PageWeight["scripts"] = [];
    for (const [scriptUrl, body] of bodies) {
      const buffer = await body;
      const pathname = new URL(scriptUrl).pathname;
      // The RSC payload names chunks without the leading "/_next/": match on the file name.
      const ownRoute = htmlText.includes(pathname.slice(pathname.lastIndexOf("/") + 1));
      if (buffer) scripts.push({ url: pathname, raw: buffer.length, gzip: gzip(buffer), ownRoute });
    }
    const inline = [...htmlText.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((match) => match[1] ?? "")
      .join("\n");
    const sum = (own: boolean, key: "raw" | "gzip") =>
      scripts.filter((script) => script.ownRoute === own).reduce((total, script) => total + script[key], 0);
    return {
      scripts,
      jsRaw: sum(true, "raw"),
      jsGzip: sum(true, "gzip"),
      prefetchedRaw: sum(false, "raw"),
      prefetchedGzip: sum(false, "gzip"),
      htmlRaw: html.length,
      htmlGzip: gzip(html),
      inlineScriptRaw: Buffer.byteLength(inline),
      inlineScriptGzip: gzip(inline),
    };
  });
}

export interface PaintTiming {
  /** Largest Contentful Paint, ms after navigation start. */
  lcp: number;
  lcpElement: string;
  ttfb: number;
  domInteractive: number;
  domContentLoaded: number;
  load: number;
}

// Buffered observer from the first moment of the document, so no candidate is missed.
const lcpObserver = `
  window.__benchLcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      window.__benchLcp.push({
        time: entry.startTime,
        element: el ? el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/)[0] : "") : "?",
      });
    }
  }).observe({ type: "largest-contentful-paint", buffered: true });
`;

/**
 * One load of `url` for paint timing: waits for the load event and two frames more, then
 * takes the last LCP candidate (nothing touches the page, so no input ends LCP early).
 */
export async function measurePaint(
  browser: Browser,
  url: string,
  cookies: BenchCookie[] = [],
): Promise<PaintTiming> {
  return withPage(browser, lcpObserver, cookies, async (page) => {
    await page.goto(url, { waitUntil: "load" });
    const json = (await page.evaluate(`new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        resolve(JSON.stringify({ lcp: window.__benchLcp.at(-1) ?? null, nav }));
      }, 250))))`)) as string;
    const { lcp, nav } = JSON.parse(json) as {
      lcp: { time: number; element: string } | null;
      nav: {
        responseStart: number;
        domInteractive: number;
        domContentLoadedEventEnd: number;
        loadEventEnd: number;
      };
    };
    if (!lcp) throw new Error(`no largest-contentful-paint entry on ${url}`);
    return {
      lcp: lcp.time,
      lcpElement: lcp.element,
      ttfb: nav.responseStart,
      domInteractive: nav.domInteractive,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
    };
  });
}

export interface Interactivity {
  /** Navigation start to the keydown of the first "j" that moved the URL hash, ms. */
  tti: number;
  presses: number;
  hash: string;
}

// Stamps each "j" keydown before the app's listeners see it (capture phase on window).
const keyStamp = `window.addEventListener("keydown", (event) => {
  if (event.key === "j") window.__benchKeyAt = performance.now();
}, true);`;

/**
 * Time to interactive, approximated as: navigation start → the first press of "j" that the
 * reader's shortcut handler acts on (the URL hash becomes the first risk title's id). Presses
 * "j" in a loop from the moment the document commits; each press waits for the renderer to
 * take the event, so the resolution is one press round trip (a few ms). Uses its own load,
 * because input would end LCP.
 */
export async function measureInteractive(
  browser: Browser,
  url: string,
  timeoutMs = 20_000,
): Promise<Interactivity> {
  return withPage(browser, keyStamp, [], async (page) => {
    await page.goto(url, { waitUntil: "commit" });
    const deadline = Date.now() + timeoutMs;
    let presses = 0;
    while (Date.now() < deadline) {
      await page.keyboard.press("j");
      presses++;
      const state = (await page
        .evaluate(
          `JSON.stringify({ hash: location.hash, keyAt: window.__benchKeyAt ?? null,
             first: document.querySelector(".risk-title")?.id ?? null })`,
        )
        .then((json) => JSON.parse(json as string))
        .catch(() => null)) as { hash: string; keyAt: number | null; first: string | null } | null;
      if (!state?.hash) continue;
      if (state.hash !== `#${state.first}` || state.keyAt === null)
        throw new Error(`"j" moved to ${state.hash}, expected #${state.first} (${url})`);
      return { tti: state.keyAt, presses, hash: state.hash };
    }
    throw new Error(`"j" never moved to the first risk factor within ${timeoutMs} ms (${url})`);
  });
}
