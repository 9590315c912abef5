import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  cacheableFilingSlug,
  chooseEncoding,
  matchesEtag,
  PageCache,
  policyWithScriptHashes,
  RecentVersions,
  scriptsAfterFirstPaint,
} from "./page-cache.mjs";

const POLICY =
  "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; object-src 'none'";

/** A page as Next renders it: inline scripts with a nonce, and a script file. */
function renderedPage(text: string, extra: Record<string, string> = {}) {
  const html = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" nonce="abc"></script></head><body><p>${text}</p><script nonce="abc">self.__next_f.push([1,"${text}"])</script></body></html>`;
  return {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": POLICY, ...extra },
    body: Buffer.from(html),
  };
}

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
  method,
  url,
  headers,
});

describe("which requests the page cache answers", () => {
  it("a signed-out visitor's reader and figures pages", () => {
    expect(cacheableFilingSlug(request("/filings/iij-20f-fy2008"))).toBe("iij-20f-fy2008");
    expect(cacheableFilingSlug(request("/filings/iij-20f-fy2008/figures", {}, "HEAD"))).toBe(
      "iij-20f-fy2008",
    );
    expect(cacheableFilingSlug(request("/filings/caf%C3%A9"))).toBe("café");
  });

  it("a signed-in reader's reader page (the same for everyone), but not their figures page", () => {
    for (const cookie of [
      "better-auth.session_token=abc",
      "theme=dark; __Secure-better-auth.session_token=abc",
      "better-auth.session_data=xyz",
    ]) {
      expect(cacheableFilingSlug(request("/filings/x", { cookie }))).toBe("x");
      expect(cacheableFilingSlug(request("/filings/x/figures", { cookie }))).toBeNull();
    }
  });

  it("never a query, a client navigation, a write or another page", () => {
    expect(cacheableFilingSlug(request("/filings/x?hide=grp-market"))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/x", { rsc: "1" }))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/x", { "next-action": "abc" }))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/x", {}, "POST"))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/x/figures.csv"))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/x/tables/1"))).toBeNull();
    expect(cacheableFilingSlug(request("/library"))).toBeNull();
    expect(cacheableFilingSlug(request("/filings/%E0%A4%A"))).toBeNull();
  });
});

describe("the policy of a cached page", () => {
  it("names each inline script by its SHA-256 in place of the nonce, and keeps the rest", () => {
    const page = renderedPage("hello");
    const policy = policyWithScriptHashes(POLICY, page.body.toString())!;
    const inline = 'self.__next_f.push([1,"hello"])';
    const hash = createHash("sha256").update(inline).digest("base64");
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self' 'unsafe-inline'; object-src 'none'`,
    );
    expect(policy).not.toContain("nonce");
  });

  it("is not made for a page with more inline scripts than a header should carry", () => {
    const html =
      "<script>1</script>".repeat(150) + "<script>2</script>".repeat(1) + "<script>x</script>".repeat(60);
    expect(policyWithScriptHashes(POLICY, html)).toBeNull();
  });
});

describe("a cached page's scripts start after its first paint", () => {
  const next = (head: string, body: string) =>
    `<!DOCTYPE html><html><head>${head}</head><body><p>Text</p>${body}</body></html>`;

  it("moves Next's async script files (and their preloads) into one loader at the end of the body", () => {
    const html = next(
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/c.js"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/s.css"/>' +
        '<script src="/_next/static/chunks/a.js" async="" nonce="n"></script>' +
        '<script src="/_next/static/chunks/p.js" noModule="" nonce="n"></script>',
      '<script nonce="n">self.__next_f.push([1,"x"])</script><script src="/_next/static/chunks/c.js" nonce="n" async=""></script>',
    );
    const out = scriptsAfterFirstPaint(html);
    // The moved files are named by the loader only; the stylesheet and the nomodule file stay.
    expect([...out.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1])).toEqual([
      "/_next/static/chunks/p.js",
    ]);
    expect(out).not.toContain('rel="preload"');
    expect(out).toContain('rel="stylesheet"');
    const loader = /<script>(\(function\(\)[\s\S]*?)<\/script><\/body>/.exec(out)?.[1];
    expect(loader).toBeDefined();
    // Run in a fake document: a visible page adds both files, async, once a frame has painted.
    const added: Array<{ src: string; async: boolean }> = [];
    let frame: (() => void) | undefined;
    let later: (() => void) | undefined;
    const document = {
      visibilityState: "visible",
      createElement: () => ({ src: "", async: false }),
      head: { appendChild: (element: { src: string; async: boolean }) => added.push(element) },
    };
    new Function("document", "requestAnimationFrame", "setTimeout", loader!)(
      document,
      (run: () => void) => (frame = run),
      (run: () => void) => (later = run),
    );
    expect(added).toEqual([]);
    frame!();
    expect(added).toEqual([]);
    later!();
    expect(added).toEqual([
      { src: "/_next/static/chunks/a.js", async: true },
      { src: "/_next/static/chunks/c.js", async: true },
    ]);
    // Everything else is as it was, and the loader follows the page's own inline scripts.
    expect(out.indexOf("self.__next_f.push")).toBeLessThan(out.indexOf("(function(){"));
  });

  it("adds the files at once in a hidden tab, which paints no frame", () => {
    const out = scriptsAfterFirstPaint(next('<script src="/_next/static/a.js" async=""></script>', ""));
    const loader = /<script>([\s\S]*?)<\/script><\/body>/.exec(out)![1]!;
    const added: string[] = [];
    new Function("document", "requestAnimationFrame", "setTimeout", loader)(
      {
        visibilityState: "hidden",
        createElement: () => ({}),
        head: { appendChild: (element: { src: string }) => added.push(element.src) },
      },
      () => {
        throw new Error("no frame in a hidden tab");
      },
      () => {},
    );
    expect(added).toEqual(["/_next/static/a.js"]);
  });

  it("leaves a page without async script files as it is", () => {
    const html = next('<script src="/_next/static/a.js"></script>', "");
    expect(scriptsAfterFirstPaint(html)).toBe(html);
    expect(scriptsAfterFirstPaint("<p>no body</p>")).toBe("<p>no body</p>");
  });

  it("is what the cache keeps, with the loader named by the page's policy", async () => {
    const cache = new PageCache();
    const page = await cache.get("/filings/s", "k", async () => ({
      ...renderedPage("x"),
      body: Buffer.from(next('<script src="/_next/static/a.js" async="" nonce="abc"></script>', "")),
    }));
    if (!("key" in page)) throw new Error("not cached");
    const body = page.body.toString();
    expect(body).not.toContain('<script src="/_next/static/a.js"');
    const loader = /<script>([\s\S]*?)<\/script><\/body>/.exec(body)![1]!;
    const hash = createHash("sha256").update(loader).digest("base64");
    expect(page.headers["content-security-policy"]).toContain(`'sha256-${hash}'`);
  });
});

describe("content negotiation", () => {
  it("prefers brotli, then gzip, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("matches ETags weakly, in lists and as *", () => {
    expect(matchesEtag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", 'W/"abc"')).toBe(true);
    expect(matchesEtag('W/"abd"', 'W/"abc"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"abc"')).toBe(false);
  });
});

describe("the page cache", () => {
  it("renders a page once for requests that ask at once, and serves it compressed", async () => {
    const cache = new PageCache();
    let renders = 0;
    const render = async () => {
      renders++;
      return renderedPage("once");
    };
    const pages = await Promise.all([1, 2, 3].map(() => cache.get("/filings/a", "k1", render)));
    const again = await cache.get("/filings/a", "k1", render);
    expect(renders).toBe(1);
    for (const page of [...pages, again]) {
      if (!("key" in page)) throw new Error("not cached");
      expect(page.etag).toBe(PageCache.etagOf("k1"));
      expect(brotliDecompressSync(page.br).toString()).toBe(page.body.toString());
      expect(gunzipSync(page.gzip).toString()).toBe(page.body.toString());
      expect(page.headers["content-security-policy"]).toMatch(/'sha256-/);
    }
    expect(cache.stats).toMatchObject({ fills: 1, hits: 1 });
  });

  it("renders again when the key changes, and drops the old version", async () => {
    const cache = new PageCache();
    await cache.get("/filings/a", "v1", async () => renderedPage("first"));
    const bytes = cache.bytes;
    const second = await cache.get("/filings/a", "v2", async () => renderedPage("second"));
    expect("key" in second && second.body.toString()).toContain("second");
    expect(cache.bytes).toBeLessThan(bytes * 1.5);
    expect(PageCache.etagOf("v1")).not.toBe(PageCache.etagOf("v2"));
  });

  it("hands back, without keeping, an error, a redirect or a page that sets a cookie", async () => {
    const cache = new PageCache();
    const answers: Array<{ status: number; headers: Record<string, string>; body: Buffer }> = [
      { status: 404, headers: { "content-security-policy": POLICY }, body: Buffer.from("gone") },
      { status: 307, headers: { location: "/sign-in" }, body: Buffer.alloc(0) },
      renderedPage("cookie", { "set-cookie": "a=b" }),
    ];
    for (const answer of answers) {
      let renders = 0;
      const render = async () => {
        renders++;
        return answer;
      };
      expect(await cache.get("/filings/b", "k", render)).toBe(answer);
      expect(await cache.get("/filings/b", "k", render)).toBe(answer);
      expect(renders).toBe(2);
    }
    expect(cache.bytes).toBe(0);
  });

  it("keeps within its byte limit, dropping the least recently used page", async () => {
    const cache = new PageCache({ limitBytes: 3_000 });
    const big = (name: string) => async () => renderedPage(`${name} ${"x".repeat(400)}`);
    await cache.get("/filings/1", "k", big("one"));
    await cache.get("/filings/2", "k", big("two"));
    await cache.get("/filings/1", "k", big("one")); // used again: now the newest
    await cache.get("/filings/3", "k", big("three"));
    expect(cache.bytes).toBeLessThanOrEqual(3_000);
    let renders = 0;
    await cache.get("/filings/1", "k", async () => {
      renders++;
      return renderedPage("one again");
    });
    expect(renders).toBe(0);
    await cache.get("/filings/2", "k", async () => {
      renders++;
      return renderedPage("two again");
    });
    expect(renders).toBe(1);
  });
});

describe("recent filing versions", () => {
  it("asks the database once per filing within the time to live, and again after it or a write", async () => {
    let now = 0;
    const versions = new RecentVersions({ ttlMs: 1000, now: () => now });
    let reads = 0;
    const read = async (slug: string) => `${slug}.v${++reads}`;
    expect(await Promise.all([versions.get("a", read), versions.get("a", read)])).toEqual(["a.v1", "a.v1"]);
    now = 999;
    expect(await versions.get("a", read)).toBe("a.v1");
    now = 1000;
    expect(await versions.get("a", read)).toBe("a.v2");
    versions.clear();
    expect(await versions.get("a", read)).toBe("a.v3");
    expect(await versions.get("b", read)).toBe("b.v4");
  });

  it("does not keep a failed read", async () => {
    const versions = new RecentVersions({ now: () => 0 });
    await expect(versions.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await versions.get("a", async () => "a.v1")).toBe("a.v1");
  });
});
