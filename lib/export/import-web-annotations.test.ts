import { describe, expect, it } from "vitest";
import {
  MAX_IMPORT_ANNOTATIONS,
  parseWebAnnotationDocument,
  type ImportedAnnotation,
  type ImportResult,
} from "./import-web-annotations";
import { ANNOTATIONS, BASE_URL, DISCUSSED, FILING, HOSTILE, annotationOn, comment } from "./test-fixtures";
import type { ExportAnnotation } from "./types";
import { toAnnotationPage, toWebAnnotation, toWebAnnotationDocument } from "./web-annotation";

const options = { baseUrl: BASE_URL, filing: FILING };
const COLLECTION_ID = `${BASE_URL}/api/v1/filings/${FILING.slug}/annotations`;
const api = (id: string) => `${BASE_URL}/api/v1/annotations/${id}`;

function imported(result: ImportResult): ImportedAnnotation[] {
  if (!result.ok) throw new Error(`import failed:\n${result.errors.join("\n")}`);
  return result.annotations;
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error("import unexpectedly succeeded");
  return result.errors;
}

/** A minimal valid annotation, to break one field at a time. */
function minimal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: "https://other.example/anno/1",
    type: "Annotation",
    body: [{ type: "TextualBody", value: "A note", purpose: "commenting" }],
    target: {
      source: "https://other.example/doc",
      selector: { type: "TextQuoteSelector", exact: "quoted text", prefix: "the ", suffix: " here" },
    },
    ...overrides,
  };
}

function page(items: unknown[]): Record<string, unknown> {
  return { "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationPage", items };
}

/** What the exporter wrote, in the importer's terms. */
function expectedImport(annotation: ExportAnnotation): ImportedAnnotation {
  const byId = new Map(annotation.comments.map((c) => [c.id, c]));
  const live = annotation.comments.filter((c) => c.deletedAt === null);
  // The nearest live ancestor: a reply under a deleted comment answers the one above it.
  const parentOf = (id: string | null): string | null => {
    const parent = id === null ? undefined : byId.get(id);
    if (!parent) return null;
    return parent.deletedAt === null
      ? `${api(annotation.id)}/replies/${parent.id}`
      : parentOf(parent.parentId);
  };
  return {
    sourceId: api(annotation.id),
    source: `${BASE_URL}/filings/${annotation.filingSlug}`,
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
    start: annotation.start,
    end: annotation.end,
    label: annotation.label as ImportedAnnotation["label"],
    note: annotation.note,
    tags: annotation.tags,
    replies: live.map((c) => ({
      sourceId: `${api(annotation.id)}/replies/${c.id}`,
      parentSourceId: parentOf(c.parentId),
      body: c.body,
    })),
  };
}

describe("parseWebAnnotationDocument: round trip", () => {
  it("reads back every field of an exported document", () => {
    const document = toWebAnnotationDocument({
      ...options,
      annotations: ANNOTATIONS,
      collectionId: COLLECTION_ID,
    });
    const annotations = imported(parseWebAnnotationDocument(JSON.parse(JSON.stringify(document))));
    expect(annotations).toHaveLength(ANNOTATIONS.length);
    annotations.forEach((annotation, i) => {
      expect(annotation).toEqual(expectedImport(ANNOTATIONS[i]!));
    });

    // The thread of DISCUSSED: c2 answers c1, c3 answers c2; c5's parent c4 was deleted.
    const reply = (id: string) => `${api(DISCUSSED.id)}/replies/${id}`;
    expect(annotations[1]!.replies).toEqual([
      { sourceId: reply("c1"), parentSourceId: null, body: "Is the EGP exposure hedged?" },
      { sourceId: reply("c2"), parentSourceId: reply("c1"), body: "Partly — see *note 12*." },
      { sourceId: reply("c3"), parentSourceId: reply("c2"), body: "Thanks! مرحبا 👍" },
      { sourceId: reply("c5"), parentSourceId: null, body: "Replying to a deleted comment" },
    ]);
    expect(annotations[2]!.note).toBe(HOSTILE.note);
    expect(annotations[2]!.tags).toEqual(["@risk", "-1", "+fx"]);
  });

  it("reads a single annotation, a page, and a collection whose pages chain through next", () => {
    const single = JSON.parse(JSON.stringify(toWebAnnotation(DISCUSSED, options))) as unknown;
    expect(imported(parseWebAnnotationDocument(single))).toEqual([
      { ...expectedImport(DISCUSSED), replies: [] },
    ]);

    const pageOptions = { ...options, annotations: ANNOTATIONS, collectionId: COLLECTION_ID, pageSize: 2 };
    const first = toAnnotationPage({ ...pageOptions, page: 0 })!;
    const second = toAnnotationPage({ ...pageOptions, page: 1 })!;
    const whole = toAnnotationPage({ ...pageOptions, pageSize: 10, page: 0 })!;
    expect(imported(parseWebAnnotationDocument(whole)).map((a) => a.sourceId)).toEqual(
      ANNOTATIONS.map((a) => api(a.id)),
    );
    // A page on its own that links to others is only part of the collection.
    expect(errorsOf(parseWebAnnotationDocument(first))).toEqual([
      "next: links to the next page instead of embedding it; only files with every page embedded can be imported",
    ]);
    expect(errorsOf(parseWebAnnotationDocument(second))).toEqual([
      "prev: this page is part of a larger collection; import a file with every page embedded",
    ]);

    const chained = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: ["BasicContainer", "AnnotationCollection"],
      total: 9,
      first: { ...first, next: second },
    };
    const annotations = imported(parseWebAnnotationDocument(chained));
    expect(annotations.map((a) => a.sourceId)).toEqual(ANNOTATIONS.map((a) => api(a.id)));
    expect(annotations[1]!.replies).toHaveLength(4);
  });

  it("attaches a reply that comes before its parent, parents first", () => {
    const root = minimal({ id: "urn:a" });
    const items = [
      { type: "Annotation", id: "urn:r2", motivation: "replying", target: "urn:r1", bodyValue: "second" },
      { type: "Annotation", id: "urn:r1", motivation: "replying", target: "urn:a", bodyValue: "first" },
      root,
      { type: "Annotation", motivation: "replying", target: { id: "urn:a" }, body: { value: " third " } },
    ];
    const [annotation] = imported(parseWebAnnotationDocument(page(items)));
    expect(annotation!.replies).toEqual([
      { sourceId: "urn:r1", parentSourceId: null, body: "first" },
      { sourceId: "urn:r2", parentSourceId: "urn:r1", body: "second" },
      { sourceId: null, parentSourceId: null, body: "third" },
    ]);
  });

  it("reads other tools' shapes: bodyValue, no purpose, plain text, a lower-case label", () => {
    const [fromBodyValue] = imported(
      parseWebAnnotationDocument(minimal({ body: undefined, bodyValue: "plain" })),
    );
    expect(fromBodyValue!.note).toBe("plain");
    expect(fromBodyValue!.label).toBe("Note");
    expect(fromBodyValue!.start).toBeNull();

    const [hypothesisLike] = imported(
      parseWebAnnotationDocument(
        minimal({
          body: [
            { type: "TextualBody", value: "no purpose", format: "text/plain" },
            { type: "TextualBody", value: "risk", purpose: "classifying" },
            { type: "TextualBody", value: " fx ", purpose: "tagging" },
            { type: "TextualBody", value: "fx", purpose: "tagging" },
          ],
        }),
      ),
    );
    expect(hypothesisLike).toMatchObject({ note: "no purpose", label: "Risk", tags: ["fx"] });
  });

  it("strips NUL characters from text", () => {
    const [annotation] = imported(
      parseWebAnnotationDocument(
        minimal({
          body: [
            { type: "TextualBody", value: "no\u0000te", purpose: "commenting" },
            { type: "TextualBody", value: "t\u0000ag", purpose: "tagging" },
          ],
          target: {
            source: "urn:doc",
            selector: { type: "TextQuoteSelector", exact: "ex\u0000act", prefix: "\u0000" },
          },
        }),
      ),
    );
    expect(annotation).toMatchObject({ note: "note", tags: ["tag"], exact: "exact", prefix: "", suffix: "" });
  });
});

describe("parseWebAnnotationDocument: rejections", () => {
  it("names the item and field at fault", () => {
    const noQuote = minimal({
      target: { source: "urn:doc", selector: { type: "TextPositionSelector", start: 1, end: 2 } },
    });
    const items = [minimal(), minimal({ id: "urn:2" }), minimal({ id: "urn:3" }), noQuote];
    expect(errorsOf(parseWebAnnotationDocument(page(items)))).toEqual([
      "items[3].target.selector: needs a TextQuoteSelector (the quoted text is how an annotation finds its place)",
    ]);
    const collection = { type: "AnnotationCollection", first: page([noQuote]) };
    expect(errorsOf(parseWebAnnotationDocument(collection))[0]).toMatch(
      /^first\.items\[0\]\.target\.selector: /,
    );
    expect(errorsOf(parseWebAnnotationDocument(minimal({ target: "https://x.example/doc" })))).toEqual([
      "target: needs a TextQuoteSelector (the quoted text is how an annotation finds its place)",
    ]);
  });

  it.each([
    ["an empty quote", { exact: "" }, "target.selector.exact: is empty: the quote needs some text"],
    [
      "a quote of NULs only",
      { exact: "\u0000\u0000" },
      "target.selector.exact: is empty: the quote needs some text",
    ],
    [
      "a quote over 20,000",
      { exact: "x".repeat(20_001) },
      "target.selector.exact: is longer than 20,000 characters",
    ],
  ])("rejects %s", (_name, selector, message) => {
    const document = minimal({
      target: { source: "urn:doc", selector: { type: "TextQuoteSelector", ...selector } },
    });
    expect(errorsOf(parseWebAnnotationDocument(document))).toEqual([message]);
  });

  it("accepts a quote of exactly 20,000 characters and a note of exactly 10,000", () => {
    const document = minimal({
      body: { type: "TextualBody", value: "n".repeat(10_000) },
      target: { source: "urn:doc", selector: { type: "TextQuoteSelector", exact: "x".repeat(20_000) } },
    });
    expect(parseWebAnnotationDocument(document).ok).toBe(true);
  });

  it.each([
    [
      "a note over 10,000",
      [{ type: "TextualBody", value: "n".repeat(10_001), purpose: "commenting" }],
      "body: the note is longer than 10,000 characters",
    ],
    [
      "eleven tags",
      Array.from({ length: 11 }, (_, i) => ({ type: "TextualBody", value: `t${i}`, purpose: "tagging" })),
      "body: has 11 tags; use at most 10",
    ],
    [
      "a tag over 40",
      [{ type: "TextualBody", value: "t".repeat(41), purpose: "tagging" }],
      "body[0].value: tag is longer than 40 characters",
    ],
    [
      "an unknown label",
      [{ type: "TextualBody", value: "Opportunity", purpose: "classifying" }],
      'body[0].value: label "Opportunity" is not one of Risk, Figure, Question, Note',
    ],
    [
      "two labels",
      [
        { type: "TextualBody", value: "Risk", purpose: "classifying" },
        { type: "TextualBody", value: "Figure", purpose: "classifying" },
      ],
      "body: has more than one label (Risk, Figure)",
    ],
    [
      "an HTML note",
      [{ type: "TextualBody", value: "<b>x</b>", format: "text/html" }],
      "body[0].format: notes must be text/plain or text/markdown, not text/html",
    ],
    [
      "a linked body",
      ["https://x.example/comment"],
      "body[0]: links to a resource; only TextualBody bodies (with a text value) can be imported",
    ],
    [
      "a body that is not text",
      [{ type: "Image", id: "https://x.example/a.png" }],
      'body[0].type: must be "TextualBody" (only text bodies can be imported)',
    ],
  ])("rejects %s", (_name, body, message) => {
    expect(errorsOf(parseWebAnnotationDocument(minimal({ body })))).toContain(message);
  });

  it("rejects a reply to an id that is not in the file, and a loop of replies", () => {
    const orphan = { type: "Annotation", motivation: "replying", target: "urn:missing", bodyValue: "hi" };
    expect(errorsOf(parseWebAnnotationDocument(page([minimal(), orphan])))).toEqual([
      'items[1].target: replies to "urn:missing", which is not in this file',
    ]);
    const loop = [
      minimal(),
      { type: "Annotation", id: "urn:x", motivation: "replying", target: "urn:y", bodyValue: "x" },
      { type: "Annotation", id: "urn:y", motivation: "replying", target: "urn:x", bodyValue: "y" },
    ];
    expect(errorsOf(parseWebAnnotationDocument(page(loop)))).toEqual([
      "items[1].target: replies form a loop that never reaches an annotation",
    ]);
    const empty = {
      type: "Annotation",
      motivation: "replying",
      target: "https://other.example/anno/1",
      bodyValue: " ",
    };
    expect(errorsOf(parseWebAnnotationDocument(page([minimal(), empty])))).toEqual([
      "items[1].body: a reply needs some text",
    ]);
  });

  it("rejects the whole document for one bad item, and reports every bad item", () => {
    const bad = minimal({ type: "Note" });
    const result = parseWebAnnotationDocument(
      page([minimal(), bad, minimal({ id: "urn:2", target: undefined })]),
    );
    expect(errorsOf(result)).toEqual(['items[1].type: must be "Annotation"', "items[2].target: is missing"]);
  });

  it("rejects duplicate ids, links instead of embedded pages, and unknown documents", () => {
    expect(errorsOf(parseWebAnnotationDocument(page([minimal(), minimal()])))).toEqual([
      'items[1].id: "https://other.example/anno/1" is also the id of items[0]',
    ]);
    expect(
      errorsOf(parseWebAnnotationDocument({ type: "AnnotationCollection", first: "https://x/p0" })),
    ).toEqual([
      "first: links to a page instead of embedding it; only files with every page embedded can be imported",
    ]);
    expect(errorsOf(parseWebAnnotationDocument({ ...page([minimal()]), next: "https://x/p1" }))[0]).toMatch(
      /^next: /,
    );
    expect(errorsOf(parseWebAnnotationDocument([minimal()]))[0]).toMatch(
      /^document: expected a Web Annotation/,
    );
    expect(errorsOf(parseWebAnnotationDocument({ type: "Collection" }))).toEqual([
      'type: expected "Annotation", "AnnotationPage" or "AnnotationCollection"',
    ]);
    expect(errorsOf(parseWebAnnotationDocument(page(["https://x/anno/1"])))).toEqual([
      "items[0]: links to an annotation instead of embedding it",
    ]);
  });

  it("reads an empty collection as no annotations", () => {
    expect(parseWebAnnotationDocument({ type: "AnnotationCollection", total: 0 })).toEqual({
      ok: true,
      annotations: [],
    });
  });

  it(`rejects more than ${MAX_IMPORT_ANNOTATIONS.toLocaleString("en-US")} annotations`, () => {
    const one = JSON.parse(
      JSON.stringify(toWebAnnotation(annotationOn("regulatory penalties", { id: "a" }), options)),
    );
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...(one as Record<string, unknown>), id: `urn:${i}` }));
    expect(parseWebAnnotationDocument(page(items(MAX_IMPORT_ANNOTATIONS))).ok).toBe(true);
    expect(errorsOf(parseWebAnnotationDocument(page(items(MAX_IMPORT_ANNOTATIONS + 1))))).toEqual([
      "document: has 5,001 annotations; import at most 5,000 at a time",
    ]);
  });

  it("caps the number of messages", () => {
    const items = Array.from({ length: 80 }, () => minimal({ id: undefined, type: "Note" }));
    const errors = errorsOf(parseWebAnnotationDocument(page(items)));
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)).toBe("…and 30 more problems");
  });

  it("keeps the reply threads of an export with a comment thread as deep as the app allows", () => {
    const deep = annotationOn("regulatory penalties", {
      id: "deep",
      comments: Array.from({ length: 200 }, (_, i) =>
        comment({
          id: `d${i}`,
          parentId: i === 0 ? null : `d${i - 1}`,
          body: `level ${i}`,
          createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
        }),
      ),
    });
    const document = toWebAnnotationDocument({
      ...options,
      annotations: [deep],
      collectionId: COLLECTION_ID,
    });
    const [annotation] = imported(parseWebAnnotationDocument(JSON.parse(JSON.stringify(document))));
    expect(annotation!.replies).toHaveLength(200);
    expect(annotation!.replies[199]!.parentSourceId).toBe(`${api("deep")}/replies/d198`);
  });
});
