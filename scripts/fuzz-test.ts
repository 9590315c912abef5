/**
 * Bad input across the server's entry points, through the real server (production build, on
 * embedded PGlite): property-based fuzzing (fast-check) of annotation, reply, edit and import
 * bodies, raw bodies of any bytes and content type, oversized bodies, search queries, share
 * links and selection links — with unicode edge cases (emoji, combining marks, right-to-left
 * text, NUL, lone surrogates) and injection strings (SQL, HTML/script, CSV formulas).
 *
 * Every answer must be a 2xx for valid input or a 4xx with a problem message for invalid input,
 * never a 5xx; a 4xx must store nothing, and whatever was accepted must be stored exactly as
 * sent. Afterwards the health route still answers 200. Uploads of filings are server actions:
 * their content is fuzzed in lib/filing/properties.test.ts and their limits in e2e/import.spec.ts.
 *
 * Prints each check and ends with "N passed, N failed"; `--report <file>` writes them as JSON.
 * FUZZ_RUNS changes the number of runs per property (default 60).
 */
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { anyText } from "@/lib/testing/bad-input";
import { storableText } from "@/lib/text/storable-text";
import { check, runChecks, runFolder, seedUsers, startApp, type Check, UNLIMITED } from "./system/app";
import { SAMPLE_SLUG } from "./system/workload";

const RUNS = Number(process.env.FUZZ_RUNS ?? "60");
const QUOTE = "There is strong competition among systems integrators";

const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 3 }), anyText);

/** The well-formed choice, taken 4 times in 5, so that many annotations get through to storage. */
const valid = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });

/** A W3C annotation with any of its parts replaced by something odd. */
const annotationBody = fc.record(
  {
    "@context": fc.oneof(valid(fc.constant("http://www.w3.org/ns/anno.jsonld")), anyJson),
    type: fc.oneof(valid(fc.constant("Annotation")), anyJson),
    body: fc.oneof(
      valid(
        fc.record({
          type: fc.constant("TextualBody"),
          value: anyText,
          format: fc.constantFrom("text/markdown", "text/plain"),
          purpose: fc.constant("commenting"),
        }),
      ),
      anyJson,
    ),
    target: fc.oneof(
      valid(
        fc.record({
          source: fc.constant(`/filings/${SAMPLE_SLUG}`),
          selector: fc.oneof(
            valid(
              fc.record({
                type: fc.constant("TextQuoteSelector"),
                exact: fc.oneof(valid(fc.constant(QUOTE)), anyText),
                prefix: fc.option(anyText, { nil: undefined }),
                suffix: fc.option(anyText, { nil: undefined }),
              }),
            ),
            fc.record({
              type: fc.constant("TextPositionSelector"),
              start: fc.oneof(fc.integer(), anyJson),
              end: fc.oneof(fc.integer(), anyJson),
            }),
            anyJson,
          ),
        }),
      ),
      anyJson,
    ),
  },
  { requiredKeys: [] },
);

interface Answer {
  status: number;
  text: string;
}

async function main(checks: Check[]): Promise<void> {
  const { dir, logFile } = runFolder("fuzz");
  const database = { dataDir: path.join(dir, "data") };
  const { users } = await seedUsers({ ...database, count: 2 });
  const [owner, stranger] = users as [(typeof users)[0], (typeof users)[0]];
  const app = await startApp({ name: "app (fuzz)", ...database, logFile, env: UNLIMITED });
  const api = `${app.base}/api/v1`;
  const send = async (url: string, init: RequestInit = {}): Promise<Answer> => {
    const response = await fetch(url, { redirect: "manual", ...init });
    return { status: response.status, text: await response.text() };
  };
  const auth = (user: typeof owner, type = "application/ld+json") => ({
    authorization: `Bearer ${user.token}`,
    "content-type": type,
  });
  const fiveHundreds: string[] = [];
  const sawServerError = (where: string, answer: Answer, input: unknown) => {
    if (answer.status >= 500)
      fiveHundreds.push(`${where}: ${answer.status} for ${JSON.stringify(input).slice(0, 160)}`);
    return answer.status >= 500;
  };
  /** The owner's notes on the sample: note text → count. */
  const storedNotes = async () => {
    const response = await fetch(`${api}/filings/${SAMPLE_SLUG}/export?format=jsonld`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    const document = (await response.json()) as { first?: { items?: Array<Record<string, unknown>> } };
    return document.first?.items ?? [];
  };

  // A note of the owner's to reply to and edit.
  const seed = await send(`${api}/filings/${SAMPLE_SLUG}/annotations`, {
    method: "POST",
    headers: auth(owner),
    body: JSON.stringify({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      body: { type: "TextualBody", value: "fuzz seed", purpose: "commenting" },
      target: { source: `/filings/${SAMPLE_SLUG}`, selector: { type: "TextQuoteSelector", exact: QUOTE } },
    }),
  });
  const seedId = (JSON.parse(seed.text) as { id: string }).id;
  const seedPath = new URL(seedId).pathname;
  const before = (await storedNotes()).length;

  // 1. Annotation bodies: accepted ones are stored exactly; refused ones are 4xx.
  let accepted = 0;
  let refused = 0;
  let mismatched = 0;
  await fc.assert(
    fc.asyncProperty(annotationBody, async (body) => {
      const answer = await send(`${api}/filings/${SAMPLE_SLUG}/annotations`, {
        method: "POST",
        headers: auth(owner),
        body: JSON.stringify(body),
      });
      if (sawServerError("POST annotation", answer, body)) return;
      if (answer.status === 201) {
        accepted++;
        const stored = JSON.parse(answer.text) as { body?: Array<{ value?: string; purpose?: string }> };
        const sent = (body.body as { value?: unknown } | undefined)?.value;
        const got = stored.body?.find((part) => part.purpose === "commenting")?.value;
        // Stored as sent, up to what the server documents: NUL dropped, lone surrogates made U+FFFD.
        if (typeof sent === "string" && storableText(sent).trim() !== "" && got !== storableText(sent)) {
          mismatched++;
          fiveHundreds.push(`stored ${JSON.stringify(got)} for ${JSON.stringify(sent).slice(0, 80)}`);
        }
      } else refused++;
    }),
    { numRuns: RUNS * 3 },
  );
  const after = (await storedNotes()).length;
  check(
    checks,
    "annotation bodies: 201 or 4xx, each accepted note stored once and as sent",
    fiveHundreds.length === 0 && after - before === accepted && mismatched === 0,
    `${accepted} accepted, ${refused} refused, ${after - before} stored, ${mismatched} stored differently`,
  );

  // 2. Raw bodies: any bytes, any content type, malformed JSON — never stored, never 5xx.
  const rawFailures = fiveHundreds.length;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 200 }),
        anyText.map((text) => new TextEncoder().encode(`{"a":${text}`)),
      ),
      fc.constantFrom("application/json", "application/ld+json", "text/plain", "multipart/form-data", ""),
      fc.constantFrom("annotations", "import", "replies", "edit"),
      async (bytes, type, route) => {
        const url =
          route === "annotations"
            ? `${api}/filings/${SAMPLE_SLUG}/annotations`
            : route === "import"
              ? `${api}/filings/${SAMPLE_SLUG}/import`
              : route === "replies"
                ? `${app.base}${seedPath}/replies`
                : `${app.base}${seedPath}`;
        const answer = await send(url, {
          method: route === "edit" ? "PUT" : "POST",
          headers: { ...auth(owner, type), "if-match": '"v1"' },
          body: bytes,
        });
        if (sawServerError(`raw ${route}`, answer, [...bytes.slice(0, 20)])) return;
        if (answer.status < 400) fiveHundreds.push(`raw ${route}: accepted garbage (${answer.status})`);
      },
    ),
    { numRuns: RUNS * 2 },
  );
  const rawStored = (await storedNotes()).length - after;
  check(
    checks,
    "raw bodies of any bytes and content type: 4xx, nothing stored",
    fiveHundreds.length === rawFailures && rawStored === 0,
    `${RUNS * 2} requests, ${fiveHundreds.length - rawFailures} wrong answers, ${rawStored} stored`,
  );

  // 3. Oversized and wrongly typed bodies.
  const huge = await send(`${api}/filings/${SAMPLE_SLUG}/import`, {
    method: "POST",
    headers: auth(owner),
    body: `{"items":"${"x".repeat(6 * 1024 * 1024)}"}`,
  });
  const typed = await send(`${api}/filings/${SAMPLE_SLUG}/annotations`, {
    method: "POST",
    headers: auth(owner, "text/csv"),
    body: "a,b\n=1+1,2",
  });
  check(
    checks,
    "a 6 MB body is 413 and a CSV body 415, each with a problem message",
    huge.status === 413 && typed.status === 415 && /detail/.test(huge.text) && /detail/.test(typed.text),
    `${huge.status}, ${typed.status}`,
  );

  // 4. Replies and edits with odd text, and a stranger who may not see the note.
  const threadFailures = fiveHundreds.length;
  let strangerSaw = 0;
  await fc.assert(
    fc.asyncProperty(
      anyText,
      fc.boolean(),
      fc.constantFrom('"v1"', '"v999"', "*", "", '"v1", "v2"'),
      async (text, asStranger, etag) => {
        const user = asStranger ? stranger : owner;
        const reply = await send(`${app.base}${seedPath}/replies`, {
          method: "POST",
          headers: auth(user),
          body: JSON.stringify({
            type: "Annotation",
            motivation: "replying",
            target: seedId,
            bodyValue: text,
          }),
        });
        sawServerError("reply", reply, text);
        const edit = await send(`${app.base}${seedPath}`, {
          method: "PUT",
          headers: { ...auth(user), "if-match": etag },
          body: JSON.stringify({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            type: "Annotation",
            body: { type: "TextualBody", value: text, purpose: "commenting" },
            target: {
              source: `/filings/${SAMPLE_SLUG}`,
              selector: { type: "TextQuoteSelector", exact: QUOTE },
            },
          }),
        });
        sawServerError("edit", edit, text);
        if (
          asStranger &&
          (reply.status < 400 || edit.status < 400 || (reply.status !== 404 && reply.status !== 400))
        )
          strangerSaw++;
      },
    ),
    { numRuns: RUNS },
  );
  check(
    checks,
    "replies and edits with odd text: never 5xx; a stranger gets 404, never a write",
    fiveHundreds.length === threadFailures && strangerSaw === 0,
    `${fiveHundreds.length - threadFailures} server errors, ${strangerSaw} stranger writes or leaks`,
  );

  // 5. Search, share links and selection links with any text. Two 10,001-character texts in
  // one query make a request line past Node's header limit: 431 is then the right answer.
  const overlong = (url: string) => (url.length > http.maxHeaderSize ? [431] : []);
  const readFailures = fiveHundreds.length;
  let unexpected = 0;
  await fc.assert(
    fc.asyncProperty(anyText, anyText, async (text, other) => {
      const q = encodeURIComponent(text.toWellFormed());
      const searchUrl = `${api}/search?q=${q}&filing=${encodeURIComponent(other.toWellFormed())}`;
      const search = await send(searchUrl, { headers: { authorization: `Bearer ${owner.token}` } });
      const page = await send(`${app.base}/search?q=${q}`);
      const share = await send(`${app.base}/a/${encodeURIComponent(text.toWellFormed())}`);
      const selectionUrl = `${app.base}/filings/${SAMPLE_SLUG}?quote=${q}&prefix=${encodeURIComponent(other.toWellFormed())}`;
      const selection = await send(selectionUrl);
      // A segment of only dots ("." or "..", encoded or not) is resolved away by every URL
      // parser before the request is sent ("/filings/%2E" is "/filings/"): it names no slug.
      const encoded = encodeURIComponent(text.toWellFormed());
      const slug = encoded === "" || /^\.{1,2}$/.test(encoded) ? `${encoded}%00` : encoded;
      const reader = await send(`${app.base}/filings/${slug}`);
      const container = await send(`${api}/filings/${slug}/annotations`, {
        headers: { authorization: `Bearer ${owner.token}` },
      });
      for (const [where, answer] of [
        ["API search", search],
        ["search page", page],
        ["share link", share],
        ["selection link", selection],
        ["reader page", reader],
        ["API container", container],
      ] as const)
        sawServerError(where, answer, text);
      for (const [where, answer, allowed] of [
        ["API search", search, [200, 400, ...overlong(searchUrl)]],
        ["share link", share, [307, 308, 404]],
        ["selection link", selection, [200, ...overlong(selectionUrl)]],
        ["reader page", reader, [404]],
        ["API container", container, [404]],
      ] as const)
        if (!(allowed as readonly number[]).includes(answer.status)) {
          unexpected++;
          fiveHundreds.push(`${where}: unexpected ${answer.status} for ${JSON.stringify(text).slice(0, 80)}`);
        }
    }),
    { numRuns: RUNS },
  );
  check(
    checks,
    "search, share links, selection links and slugs with any text: the right 2xx/3xx/4xx, never 5xx",
    fiveHundreds.length === readFailures,
    `${RUNS} runs of 6 requests, ${fiveHundreds.length - readFailures - unexpected} server errors, ${unexpected} unexpected statuses`,
  );

  const health = await send(`${app.base}/api/health`);
  check(checks, "the app is healthy afterwards", health.status === 200, `health ${health.status}`);
  for (const line of fiveHundreds.slice(0, 10)) console.log(`    ${line}`);
}

runChecks([["the fuzz test", main]]);
