/**
 * Filing pages, cached in front of Next.js (scripts/serve.mjs).
 *
 * A filing's reader page is the same for every reader until the filing changes: who reads it,
 * their notes and what they may do arrive after the first paint (`/api/filings/<slug>/reader`,
 * the notes API). Yet rendering it costs tens of milliseconds (hundreds for a whole 10-K): React
 * renders and serialises the whole text on every request. So the first request renders it once,
 * through Next and as nobody's (without the reader's cookies), and later ones are answered from
 * memory, keyed by the build, the URL and the filing's version (its id, row version, analyzer and
 * latest risk-category change, read by `getReaderPageVersion` in one small query before every
 * answer). Any change to the filing is a new key: nothing stale is served, on one server or many.
 *
 * What is cached, and how it is sent:
 * - Only `GET`/`HEAD` of `/filings/<slug>` (signed in or not) and `/filings/<slug>/figures`
 *   (signed out) without a query, asking for the HTML document (not a client navigation's RSC
 *   payload), and only a 200 that sets no cookie. Anything else goes to Next as before. On a
 *   private deployment the reader's session is checked before a page is served.
 * - The Content-Security-Policy names the page's inline scripts by their SHA-256 hashes instead
 *   of a per-request nonce (a page served to many cannot carry a secret per request).
 * - Its script files start after the first paint (`scriptsAfterFirstPaint`): on a long filing
 *   their download and compilation competed with parsing and laying out the text.
 * - Each page is compressed once, with brotli and gzip, and sent as the client accepts it.
 * - A weak ETag from the key answers `If-None-Match` with 304 without touching the page, and
 *   `Cache-Control: public, max-age=0, s-maxage=60` lets a reverse proxy or CDN keep it (a
 *   browser always asks again; a shared cache for up to a minute). A private deployment's page
 *   is `private`.
 */
import crypto from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Pages kept, in bytes (each page counts once per encoding kept). */
export const PAGE_CACHE_BYTES = 128 * 1024 * 1024;
/** Above this many inline scripts the policy header would grow too long: such a page is not cached. */
const MAX_INLINE_SCRIPTS = 200;
/** Pages up to this size get brotli's best (slow) quality; larger ones a fast one. */
const BEST_BROTLI_BYTES = 512 * 1024;

const PAGE_PATH = /^\/filings\/([^/?#]+)(\/figures)?$/;
/** Headers of Next's answer that a cached page keeps (the rest are per response or replaced). */
const KEPT_HEADERS = [
  "content-type",
  "link",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
];
/** Request headers that make Next answer with something other than the HTML document. */
const CLIENT_NAVIGATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
const VARY =
  "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Cookie, Accept-Encoding";
export const CACHE_CONTROL = "public, max-age=0, s-maxage=60";
/** A private deployment's page: only the signed-in reader's browser keeps it. */
export const PRIVATE_CACHE_CONTROL = "private, max-age=0";

/**
 * The filing slug a request's page is for, when that page may come from the cache; null when
 * the request must go to Next (a query, a client navigation, another path, a signed-in
 * reader's figures page, whose header names them).
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @returns {string | null}
 */
export function cacheableFilingSlug(request) {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const match = PAGE_PATH.exec(request.url ?? "");
  if (!match) return null;
  if (CLIENT_NAVIGATION_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  // The reader page is everyone's (the user's part is fetched after it paints); the figures
  // page still renders its header for the signed-in user, so it is cached for visitors only:
  // any of the auth library's cookies (a session, or its cached copy) means a signed-in page.
  if (match[2] && /better-auth\./.test(String(request.headers.cookie ?? ""))) return null;
  try {
    return decodeURIComponent(match[1] ?? "");
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy `policy` with its script-src naming the inline scripts of `html`
 * by hash ('self' for the script files), in place of a nonce; null when there are too many.
 * @param {string} policy
 * @param {string} html
 * @returns {string | null}
 */
export function policyWithScriptHashes(policy, html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc\s*=/.test(match[1] ?? "")) continue;
    hashes.push(
      `'sha256-${crypto
        .createHash("sha256")
        .update(match[2] ?? "")
        .digest("base64")}'`,
    );
  }
  if (hashes.length > MAX_INLINE_SCRIPTS) return null;
  const directives = policy
    .split(";")
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) =>
      directive.startsWith("script-src ") ? ["script-src 'self'", ...new Set(hashes)].join(" ") : directive,
    );
  return directives.join("; ");
}

/** Next's own script files, loaded `async` from the head. */
const ASYNC_SCRIPT =
  /<script\b(?=[^>]*\sasync(?:=""|\b))(?=[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)")[^>]*><\/script>/g;
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")(?=[^>]*\shref="(\/_next\/static\/[^"]+\.js)")[^>]*\/?>/g;

/**
 * `html` with Next's `async` script files started only after the page's first paint: their tags
 * (and their preloads) are replaced by one inline script at the end of the body that adds them
 * once the browser has painted what it parsed (at once in a hidden tab, which paints nothing).
 * They were `async`, so their order never mattered; the page hydrates a frame later, and on a
 * long filing its text paints sooner (the scripts' download and compilation no longer compete
 * with parsing and laying it out). Unchanged when the page names no such script.
 * @param {string} html
 * @returns {string}
 */
export function scriptsAfterFirstPaint(html) {
  /** @type {string[]} */
  const sources = [];
  const withoutScripts = html.replace(ASYNC_SCRIPT, (_tag, src) => {
    sources.push(src);
    return "";
  });
  if (sources.length === 0 || !withoutScripts.includes("</body>")) return html;
  const moved = new Set(sources);
  const withoutPreloads = withoutScripts.replace(SCRIPT_PRELOAD, (tag, href) => (moved.has(href) ? "" : tag));
  const at = withoutPreloads.lastIndexOf("</body>");
  const loader =
    `<script>(function(){var s=${JSON.stringify(sources).replace(/</g, "\\u003c")};` +
    "function l(){for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;document.head.appendChild(e)}}" +
    "if(document.visibilityState==='hidden')l();else requestAnimationFrame(function(){setTimeout(l,0)})})()</script>";
  return withoutPreloads.slice(0, at) + loader + withoutPreloads.slice(at);
}

/**
 * The encoding to send, from the client's Accept-Encoding: brotli, else gzip, else none.
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | null}
 */
export function chooseEncoding(header) {
  const accepted = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  if ((accepted.get("br") ?? 0) > 0) return "br";
  if ((accepted.get("gzip") ?? 0) > 0) return "gzip";
  return null;
}

/**
 * @typedef {{ status: number; headers: Record<string, string | string[]>; body: Buffer }} RenderedPage
 * @typedef {{ key: string; etag: string; headers: Record<string, string | string[]>; body: Buffer; br: Buffer; gzip: Buffer; bytes: number }} CachedPage
 */

/**
 * The cache itself: pages by URL, each valid for one key, least recently used dropped first.
 */
export class PageCache {
  /** @type {Map<string, CachedPage>} */
  #pages = new Map();
  /** @type {Map<string, Promise<CachedPage | RenderedPage>>} */
  #filling = new Map();
  #bytes = 0;
  #limit;
  /** Counters, for tests and the benchmark. */
  stats = { hits: 0, fills: 0, notModified: 0, uncacheable: 0 };

  /** @param {{ limitBytes?: number }} [options] */
  constructor(options = {}) {
    this.#limit = options.limitBytes ?? PAGE_CACHE_BYTES;
  }

  /** Bytes held. */
  get bytes() {
    return this.#bytes;
  }

  /**
   * The weak ETag of a page version.
   * @param {string} key
   */
  static etagOf(key) {
    return `W/"${crypto.createHash("sha256").update(key).digest("base64url").slice(0, 27)}"`;
  }

  /**
   * The cached page for `url` at `key`, or the one `render` makes (shared by requests that ask
   * at once). What `render` returns is cached only when it is a 200 without cookies and with a
   * policy that can carry hashes; otherwise it is handed back as it is.
   * @param {string} url
   * @param {string} key
   * @param {() => Promise<RenderedPage>} render
   * @returns {Promise<CachedPage | RenderedPage>}
   */
  async get(url, key, render) {
    const cached = this.#pages.get(url);
    if (cached?.key === key) {
      // Most recently used last.
      this.#pages.delete(url);
      this.#pages.set(url, cached);
      this.stats.hits++;
      return cached;
    }
    const pending = this.#filling.get(key);
    if (pending) return pending;
    const fill = this.#fill(url, key, render).finally(() => this.#filling.delete(key));
    this.#filling.set(key, fill);
    return fill;
  }

  /**
   * @param {string} url
   * @param {string} key
   * @param {() => Promise<RenderedPage>} render
   * @returns {Promise<CachedPage | RenderedPage>}
   */
  async #fill(url, key, render) {
    const answer = await render();
    const policy = answer.headers["content-security-policy"];
    const cacheable = answer.status === 200 && !answer.headers["set-cookie"] && typeof policy === "string";
    const html = cacheable ? scriptsAfterFirstPaint(answer.body.toString("utf8")) : "";
    const rendered = cacheable ? { ...answer, body: Buffer.from(html) } : answer;
    const hashed = cacheable ? policyWithScriptHashes(policy, html) : null;
    if (!hashed || rendered.body.length * 2 > this.#limit) {
      this.stats.uncacheable++;
      return answer;
    }
    const quality = rendered.body.length <= BEST_BROTLI_BYTES ? 11 : 5;
    const [br, gz] = await Promise.all([
      brotliCompress(rendered.body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: rendered.body.length,
        },
      }),
      gzip(rendered.body),
    ]);
    /** @type {Record<string, string | string[]>} */
    const headers = { "content-security-policy": hashed };
    for (const name of KEPT_HEADERS) {
      const value = rendered.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const page = {
      key,
      etag: PageCache.etagOf(key),
      headers,
      body: rendered.body,
      br,
      gzip: gz,
      bytes: rendered.body.length + br.length + gz.length,
    };
    this.stats.fills++;
    this.#store(url, page);
    return page;
  }

  /**
   * @param {string} url
   * @param {CachedPage} page
   */
  #store(url, page) {
    const old = this.#pages.get(url);
    if (old) {
      this.#pages.delete(url);
      this.#bytes -= old.bytes;
    }
    this.#pages.set(url, page);
    this.#bytes += page.bytes;
    for (const [oldest, entry] of this.#pages) {
      if (this.#bytes <= this.#limit) break;
      this.#pages.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }
}

/**
 * Filing versions read in the last `ttlMs` (one second by default), by slug: under load the
 * cache asks the database at most once a second per filing, not once per request. The server
 * forgets them all whenever a write request it served finishes (a changed category, a new
 * analysis: seen at once); a change made through another server, or by a script, is seen
 * within `ttlMs`.
 */
export class RecentVersions {
  /** @type {Map<string, { at: number; version: Promise<string | null> }>} */
  #entries = new Map();
  #ttl;
  #now;

  /** @param {{ ttlMs?: number; now?: () => number }} [options] */
  constructor(options = {}) {
    this.#ttl = options.ttlMs ?? 1000;
    this.#now = options.now ?? (() => performance.now());
  }

  /**
   * The version of `slug`, from memory when read recently, else from `read` (shared by the
   * requests that ask at once; a failed read is not kept).
   * @param {string} slug
   * @param {(slug: string) => Promise<string | null>} read
   * @returns {Promise<string | null>}
   */
  get(slug, read) {
    const now = this.#now();
    const known = this.#entries.get(slug);
    if (known && now - known.at < this.#ttl) return known.version;
    // Bounded: many slugs within one second (a crawler) just start the map afresh.
    if (this.#entries.size >= 10_000) this.#entries.clear();
    const version = read(slug);
    this.#entries.set(slug, { at: now, version });
    version.catch(() => {
      if (this.#entries.get(slug)?.version === version) this.#entries.delete(slug);
    });
    return version;
  }

  /** Forgets every version (a write has finished). */
  clear() {
    this.#entries.clear();
  }
}

/**
 * Writes a cached page (or a 304 when the client has it) to a Node response.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {CachedPage} page
 * @param {string} [cacheControl]
 */
export function sendCachedPage(req, res, page, cacheControl = CACHE_CONTROL) {
  if (matchesEtag(req.headers["if-none-match"], page.etag))
    return sendNotModified(res, page.etag, cacheControl);
  const common = { etag: page.etag, "cache-control": cacheControl, vary: VARY };
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const body = encoding === "br" ? page.br : encoding === "gzip" ? page.gzip : page.body;
  res.writeHead(200, {
    ...page.headers,
    ...common,
    ...(encoding ? { "content-encoding": encoding } : {}),
    "content-length": String(body.length),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * A 304: the client's copy (ETag `etag`) is current.
 * @param {import("node:http").ServerResponse} res
 * @param {string} etag
 * @param {string} [cacheControl]
 */
export function sendNotModified(res, etag, cacheControl = CACHE_CONTROL) {
  res.writeHead(304, { etag, "cache-control": cacheControl, vary: VARY });
  res.end();
}

/**
 * Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET).
 * @param {string | string[] | undefined} header
 * @param {string} etag
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return String(header)
    .split(",")
    .some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === bare);
}
