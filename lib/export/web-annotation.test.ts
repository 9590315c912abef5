import { describe, expect, it } from "vitest";
import { ANNOTATIONS, BASE_URL, DISCUSSED, FILING, HIGHLIGHT, HOSTILE, comment } from "./test-fixtures";
import {
  ANNO_CONTEXT,
  LDP_CONTEXT,
  toAnnotationCollection,
  toAnnotationPage,
  toWebAnnotation,
  toWebAnnotationDocument,
  toWebAnnotationReplies,
  type AnnotationPage,
} from "./web-annotation";

const options = { baseUrl: BASE_URL, filing: FILING };
const COLLECTION_ID = `${BASE_URL}/api/v1/filings/${FILING.slug}/annotations`;
const api = (id: string) => `${BASE_URL}/api/v1/annotations/${id}`;

describe("toWebAnnotation", () => {
  it("describes a noted, tagged annotation completely", () => {
    expect(toWebAnnotation(DISCUSSED, options)).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: api(DISCUSSED.id),
      type: "Annotation",
      motivation: "commenting",
      created: "2025-01-10T09:00:00.000Z",
      modified: "2025-01-12T08:30:00.000Z",
      creator: { id: `${BASE_URL}/users/user-ana`, type: "Person", name: "Ana Lima" },
      body: [
        { type: "TextualBody", value: DISCUSSED.note, format: "text/markdown", purpose: "commenting" },
        { type: "TextualBody", value: "Risk", purpose: "classifying" },
        { type: "TextualBody", value: "fx", purpose: "tagging" },
        { type: "TextualBody", value: "égypte", purpose: "tagging" },
        { type: "TextualBody", value: "日本", purpose: "tagging" },
      ],
      target: {
        type: "SpecificResource",
        source: `${BASE_URL}/filings/${FILING.slug}`,
        selector: [
          {
            type: "TextQuoteSelector",
            exact: "In Egypt الهامش 🇪🇬 appears on every invoice",
            prefix: DISCUSSED.prefix,
            suffix: DISCUSSED.suffix,
          },
          { type: "TextPositionSelector", start: DISCUSSED.start, end: DISCUSSED.end },
        ],
      },
    });
    expect(DISCUSSED.prefix).not.toBe("");
  });

  it("marks a bare highlight as highlighting, with only its label as body", () => {
    const annotation = toWebAnnotation(HIGHLIGHT, options);
    expect(annotation.motivation).toBe("highlighting");
    expect(annotation.body).toEqual([{ type: "TextualBody", value: "Figure", purpose: "classifying" }]);
  });

  it("leaves body out rather than writing an empty list", () => {
    const annotation = toWebAnnotation({ ...HIGHLIGHT, label: "" }, options);
    expect("body" in annotation).toBe(false);
  });

  it("writes xsd:dateTime values in UTC", () => {
    const { created, modified } = toWebAnnotation(DISCUSSED, options);
    for (const value of [created, modified])
      expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe("toWebAnnotationReplies", () => {
  it("targets the annotation or the parent reply, oldest first, leaving deleted comments out", () => {
    const replies = toWebAnnotationReplies(DISCUSSED, options);
    const reply = (id: string) => `${api(DISCUSSED.id)}/replies/${id}`;
    expect(replies.map((r) => [r.id, r.target])).toEqual([
      [reply("c1"), api(DISCUSSED.id)],
      [reply("c2"), reply("c1")],
      [reply("c3"), reply("c2")],
      // c4 is deleted: its reply answers the annotation instead, so no target is dangling.
      [reply("c5"), api(DISCUSSED.id)],
    ]);
    expect(replies[1]).toEqual({
      "@context": ANNO_CONTEXT,
      id: reply("c2"),
      type: "Annotation",
      motivation: "replying",
      created: "2025-01-11T11:00:00.000Z",
      modified: "2025-01-11T11:05:00.000Z",
      creator: { id: `${BASE_URL}/users/user-ana`, type: "Person", name: "Ana Lima" },
      body: [{ type: "TextualBody", value: "Partly — see *note 12*.", format: "text/markdown" }],
      target: reply("c1"),
    });
  });

  it("re-targets past a deleted parent to the nearest live ancestor, and survives a cycle", () => {
    const annotation = {
      ...HOSTILE,
      comments: [
        comment({ id: "a", body: "root reply" }),
        comment({ id: "b", parentId: "a", body: "gone", deletedAt: new Date("2025-02-01T00:00:00Z") }),
        comment({ id: "c", parentId: "b", body: "under the deleted one" }),
        comment({ id: "x", parentId: "y", body: "loop x", createdAt: new Date("2025-01-11T10:00:00Z") }),
        comment({ id: "y", parentId: "x", body: "loop y", createdAt: new Date("2025-01-11T10:01:00Z") }),
      ],
    };
    const replies = toWebAnnotationReplies(annotation, options);
    const byId = new Map(replies.map((r) => [r.id.split("/").pop(), r.target]));
    expect(byId.get("c")).toBe(`${api(HOSTILE.id)}/replies/a`);
    // Every target is in the export: the annotation or another reply.
    const ids = new Set([api(HOSTILE.id), ...replies.map((r) => r.id)]);
    for (const r of replies) expect(ids.has(r.target as string)).toBe(true);
    expect(replies).toHaveLength(4);
  });
});

describe("collections and pages", () => {
  const collectionOptions = {
    ...options,
    annotations: ANNOTATIONS,
    collectionId: COLLECTION_ID,
    pageSize: 2,
  };
  // HIGHLIGHT (0 replies), DISCUSSED (4), HOSTILE (1), OUTSIDE (0).
  const TOTAL = 4 + 4 + 1;

  it("describes the collection with the protocol's container contexts, total and page links", () => {
    expect(toAnnotationCollection(collectionOptions)).toEqual({
      "@context": [ANNO_CONTEXT, LDP_CONTEXT],
      id: COLLECTION_ID,
      type: ["BasicContainer", "AnnotationCollection"],
      label: "Annotations on Kabushiki Holdings, Inc. 10-K 2024",
      total: TOTAL,
      first: `${COLLECTION_ID}?page=0`,
      last: `${COLLECTION_ID}?page=1`,
    });
  });

  it("pages annotations with their replies, linking next and prev", () => {
    const first = toAnnotationPage({ ...collectionOptions, page: 0 })!;
    expect(first).toMatchObject({
      "@context": ANNO_CONTEXT,
      id: `${COLLECTION_ID}?page=0`,
      type: "AnnotationPage",
      partOf: { id: COLLECTION_ID, total: TOTAL },
      startIndex: 0,
      next: `${COLLECTION_ID}?page=1`,
    });
    expect(first.prev).toBeUndefined();
    expect(first.items.map((item) => item.id)).toEqual([
      api(HIGHLIGHT.id),
      api(DISCUSSED.id),
      ...["c1", "c2", "c3", "c5"].map((c) => `${api(DISCUSSED.id)}/replies/${c}`),
    ]);
    expect(first.items.every((item) => !("@context" in item))).toBe(true);

    const second = toAnnotationPage({ ...collectionOptions, page: 1 })!;
    expect(second.startIndex).toBe(6);
    expect(second.prev).toBe(`${COLLECTION_ID}?page=0`);
    expect(second.next).toBeUndefined();
    expect(second.items).toHaveLength(3);
  });

  it("has no page past the end, and no pages at all when empty", () => {
    expect(toAnnotationPage({ ...collectionOptions, page: 2 })).toBeNull();
    expect(toAnnotationPage({ ...collectionOptions, page: -1 })).toBeNull();
    expect(toAnnotationPage({ ...collectionOptions, page: 0.5 })).toBeNull();
    const empty = toAnnotationCollection({ ...collectionOptions, annotations: [] });
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty("first");
    expect(empty).not.toHaveProperty("last");
    expect(toAnnotationPage({ ...collectionOptions, annotations: [], page: 0 })).toBeNull();
    expect(() => toAnnotationCollection({ ...collectionOptions, pageSize: 0 })).toThrow(RangeError);
  });

  it("joins the page parameter onto a collection id that has a query already", () => {
    const collection = toAnnotationCollection({
      ...collectionOptions,
      collectionId: `${COLLECTION_ID}?tag=fx`,
    });
    expect(collection.first).toBe(`${COLLECTION_ID}?tag=fx&page=0`);
  });

  it("embeds every item, each with its own @context, in the download document", () => {
    const document = toWebAnnotationDocument({
      ...options,
      annotations: ANNOTATIONS,
      collectionId: COLLECTION_ID,
    });
    expect(document["@context"]).toBe(ANNO_CONTEXT);
    expect(document.type).toBe("AnnotationCollection");
    expect(document.total).toBe(TOTAL);
    const page = document.first as AnnotationPage;
    expect(page.items).toHaveLength(TOTAL);
    expect(page.items.every((item) => item["@context"] === ANNO_CONTEXT)).toBe(true);
    expect(page.next).toBeUndefined();
    expect(document.last).toBe(page.id);

    const empty = toWebAnnotationDocument({ ...options, annotations: [], collectionId: COLLECTION_ID });
    expect(empty).toEqual({
      "@context": ANNO_CONTEXT,
      id: COLLECTION_ID,
      type: "AnnotationCollection",
      label: "Annotations on Kabushiki Holdings, Inc. 10-K 2024",
      total: 0,
    });
  });
});
