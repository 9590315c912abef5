import { beforeAll, describe, expect, it } from "vitest";
import { ANNOTATIONS, BASE_URL, FILING } from "./test-fixtures";
import { assertionFilesOf, W3cSuite, type AssertionEntry, type AssertionObject } from "./testing/w3c-harness";
import {
  toAnnotationCollection,
  toAnnotationPage,
  toWebAnnotationDocument,
  type AnnotationPage,
  type WebAnnotation,
} from "./web-annotation";

const MUSTS = "annotations/annotationMusts.test";
const COLLECTION_ID = `${BASE_URL}/api/v1/filings/${FILING.slug}/annotations`;

let suite: W3cSuite;
beforeAll(() => {
  suite = new W3cSuite();
});

function exportedItems(): WebAnnotation[] {
  const document = toWebAnnotationDocument({
    annotations: ANNOTATIONS,
    baseUrl: BASE_URL,
    filing: FILING,
    collectionId: COLLECTION_ID,
  });
  const page = document.first as AnnotationPage;
  // JSON round trip: the suite checks what a consumer reads, not our in-memory objects.
  return (JSON.parse(JSON.stringify(page)) as AnnotationPage).items;
}

function failureReport(item: unknown): string[] {
  return suite.run(MUSTS, item).failures.map((failure) => `${failure.source}: ${failure.message}`);
}

describe("the W3C annotation-model MUST assertions", () => {
  it("reads every assertion the musts list names, and they all compile", () => {
    const files = assertionFilesOf(suite.assertionsOf(MUSTS));
    expect(files).toHaveLength(54);
    const run = suite.run(MUSTS, {});
    expect(run.outcomes).toHaveLength(54);
    expect(run.outcomes.every((outcome) => outcome.assertionType === "must")).toBe(true);
  });

  it("passes for every annotation and reply in the download document", () => {
    const items = exportedItems();
    // 4 annotations, and the 4 live comments of DISCUSSED and HOSTILE.
    expect(items.filter((item) => item.motivation !== "replying")).toHaveLength(4);
    expect(items.filter((item) => item.motivation === "replying")).toHaveLength(5);
    for (const item of items) {
      expect({ id: item.id, failures: failureReport(item) }).toEqual({ id: item.id, failures: [] });
    }
  });

  it("passes for page items once the page's @context is applied to them", () => {
    const page = toAnnotationPage({
      annotations: ANNOTATIONS,
      baseUrl: BASE_URL,
      filing: FILING,
      collectionId: COLLECTION_ID,
      pageSize: 2,
      page: 1,
    })!;
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item["@context"]).toBeUndefined();
      expect(failureReport({ "@context": page["@context"], ...item })).toEqual([]);
    }
  });

  it("catches broken annotations (the harness is not a rubber stamp)", () => {
    const good = exportedItems()[1]!;
    expect(failureReport(good)).toEqual([]);

    const noContext: Record<string, unknown> = { ...good };
    delete noContext["@context"];
    expect(failureReport(noContext).join("\n")).toMatch(/3\.1-annotationContextValidated/);

    expect(failureReport({ ...good, type: "Note" }).join("\n")).toMatch(/3\.1-annotationTypeValidated/);

    const noTarget: Record<string, unknown> = { ...good };
    delete noTarget.target;
    expect(failureReport(noTarget).join("\n")).toMatch(/3\.1-targetKeyFound/);

    expect(failureReport({ ...good, id: "not a uri" }).join("\n")).toMatch(/3\.1-annotationIdValidated/);
    expect(failureReport({ ...good, created: "10 January 2025" }).join("\n")).toMatch(
      /3\.3\.1-annotationCreatedValidated/,
    );
    expect(failureReport({ ...good, bodyValue: "both" }).join("\n")).toMatch(/3\.2\.5-notBodyBodyValue/);

    const target = good.target as Exclude<WebAnnotation["target"], string>;
    const badQuote = { ...target, selector: [{ type: "TextQuoteSelector", prefix: "no exact" }] };
    expect(failureReport({ ...good, target: badQuote }).join("\n")).toMatch(/4\.2\.4-textQuoteSelectorValid/);
  });

  it("honours expectedResult, skip and condition objects like the suite's harness", () => {
    // An inline list exercising the harness rules on a tiny document.
    const entries: AssertionEntry[] = [
      { title: "has a", type: "object", required: ["a"], onUnexpectedResult: "failAndSkip" },
      { title: "after the skip", type: "object", required: ["zzz"] },
    ];
    const run = (list: AssertionEntry[], content: unknown) =>
      suite.runAssertions(list, content).outcomes.map((o) => `${o.title}: ${o.status}`);
    expect(run(entries, {})).toEqual(["has a: fail", "after the skip: skipped"]);
    expect(run(entries, { a: 1 })).toEqual(["has a: pass", "after the skip: fail"]);
    expect(run([{ title: "no b", required: ["b"], expectedResult: "invalid" }], { a: 1 })).toEqual([
      "no b: pass",
    ]);
    expect(run([{ title: "optional", required: ["b"], onUnexpectedResult: "passAndContinue" }], {})).toEqual([
      "optional: pass",
    ]);
    const either: AssertionObject = {
      title: "a or b",
      compareWith: "or",
      assertions: [
        { title: "a", required: ["a"] },
        { title: "b", required: ["b"] },
      ],
    };
    expect(run([either], { b: 1 })).toEqual(["a: fail", "b: pass", "a or b: pass"]);
    expect(run([either], { c: 1 })).toContain("a or b: fail");
    expect(run([{ ...either, compareWith: "and" }], { b: 1 })).toContain("a or b: fail");
  });

  it("detects the optional features the export claims to implement", () => {
    const item = exportedItems()[1]!;
    const implemented = (testFile: string) =>
      new Set(
        suite
          .run(testFile, item)
          .outcomes.filter((o) => o.status === "pass" && !o.tolerated)
          .map((o) => o.source),
      );
    const optionals = implemented("annotations/annotationOptionals.test");
    for (const feature of [
      "annotations/3.3.1-annotationCreatedImplemented.json",
      "annotations/3.3.1-annotationModifiedImplemented.json",
      "annotations/3.3.5-annotationMotivationImplemented.json",
      "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
      "annotations/bodiesTargets/3.2.1-bodyFormat.json",
      "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
      "annotations/specificResource/4.2.4-textQuoteSelector.json",
      "annotations/specificResource/4.2.4-prefix.json",
      "annotations/specificResource/4.2.4-suffix.json",
      "annotations/specificResource/4.2.5-textPositionSelector.json",
    ]) {
      expect(optionals, feature).toContain(feature);
    }
    const agents = implemented("annotations/annotationsAgentOptionals.test");
    for (const feature of [
      "annotations/3.3.1-annotationCreatorImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentIdImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentNameImplemented.json",
    ]) {
      expect(agents, feature).toContain(feature);
    }
  });

  it("validates the collection and its pages against the suite's collection definitions", () => {
    const options = {
      annotations: ANNOTATIONS,
      baseUrl: BASE_URL,
      filing: FILING,
      collectionId: COLLECTION_ID,
      pageSize: 2,
    };
    const check = (ref: string, value: unknown) => {
      const validate = suite.definition(`collections.json#/definitions/${ref}`);
      return validate(JSON.parse(JSON.stringify(value)))
        ? "ok"
        : `${ref}: ${JSON.stringify(validate.errors)}`;
    };
    const collection = toAnnotationCollection(options);
    for (const ref of [
      "annotationCollectionTypeValueFound",
      "labelFound",
      "totalFound",
      "firstFound",
      "lastFound",
      "firstRequiredIfTotalMoreThanZero",
    ]) {
      expect(check(ref, collection)).toBe("ok");
    }
    for (const page of [0, 1]) {
      const annotationPage = toAnnotationPage({ ...options, page })!;
      for (const ref of [
        "annotationPageTypeValueFound",
        "partOfFound",
        "startIndexFound",
        "itemsFound",
        "nextValidIfPresent",
        "prevValidIfPresent",
      ]) {
        expect(check(ref, annotationPage)).toBe("ok");
      }
    }
    const document = toWebAnnotationDocument(options);
    expect(check("firstFound", document)).toBe("ok");
    expect(check("annotationCollectionTypeValueFound", { ...collection, type: "Collection" })).not.toBe("ok");
  });
});
