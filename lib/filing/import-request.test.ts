import { describe, expect, it } from "vitest";
import {
  filingContentSchema,
  filingMetadataSchema,
  filingSlug,
  isFilingSlug,
  MAX_FILING_BYTES,
  mayReplaceFilingText,
  replaceFilingTextSchema,
  utf8Length,
} from "./import-request";

const message = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues[0]?.message;

describe("import request", () => {
  it("accepts text and HTML files and pasted text", () => {
    for (const fileName of ["a.txt", "b.HTM", "c.html", ""]) {
      expect(filingContentSchema.safeParse({ fileName, content: "Item 1A. Risk Factors" }).success).toBe(
        true,
      );
    }
  });

  it("refuses other file types, empty content and content over 20 MB with a clear message", () => {
    expect(message(filingContentSchema.safeParse({ fileName: "report.pdf", content: "%PDF-1.7" }))).toMatch(
      /not a supported file type/,
    );
    expect(message(filingContentSchema.safeParse({ fileName: "a.txt", content: "  \n " }))).toMatch(/empty/);
    const huge = "x".repeat(MAX_FILING_BYTES + 1);
    expect(message(filingContentSchema.safeParse({ fileName: "a.txt", content: huge }))).toMatch(
      /over 20 MB/,
    );
  });

  it("counts UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Length("¥")).toBe(2);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(utf8Length("abc")).toBe(3);
  });

  it("validates metadata and reads an empty fiscal year as unknown", () => {
    expect(filingMetadataSchema.parse({ company: " FedEx Corp ", form: "10-K", fiscalYear: "2023" })).toEqual(
      {
        company: "FedEx Corp",
        form: "10-K",
        fiscalYear: 2023,
      },
    );
    expect(filingMetadataSchema.parse({ company: "X", form: "20-F", fiscalYear: "" }).fiscalYear).toBeNull();
    expect(message(filingMetadataSchema.safeParse({ company: "", form: "10-K", fiscalYear: "" }))).toMatch(
      /company/,
    );
    expect(
      message(filingMetadataSchema.safeParse({ company: "X", form: "<script>", fiscalYear: "" })),
    ).toMatch(/letters/);
    expect(
      message(filingMetadataSchema.safeParse({ company: "X", form: "10-K", fiscalYear: "20x3" })),
    ).toMatch(/year/);
  });

  it("makes readable, URL-safe slugs", () => {
    expect(filingSlug({ company: "FedEx Corp.", form: "10-K", fiscalYear: 2023 })).toBe(
      "fedex-corp-10-k-2023",
    );
    expect(filingSlug({ company: "Société Générale", form: "20-F", fiscalYear: null })).toBe(
      "societe-generale-20-f",
    );
    expect(filingSlug({ company: "株式会社", form: "", fiscalYear: null })).toBe("filing");
  });
});

describe("replacing a filing's text", () => {
  const parse = (file: unknown) => replaceFilingTextSchema.safeParse({ filingSlug: "acme-10-k-2024", file });

  it("accepts a text or HTML file with content", () => {
    expect(parse(new File(["Item 1A. Risk Factors"], "corrected.txt")).success).toBe(true);
    expect(parse(new File(["<p>Risk</p>"], "amended.HTML")).success).toBe(true);
  });

  it("refuses no file, an empty one, a wrong type and one over 20 MB, each with a message", () => {
    expect(message(parse("not a file"))).toMatch(/Choose the corrected file/);
    expect(message(parse(new File([], "empty.txt")))).toBe("The file is empty.");
    expect(message(parse(new File(["%PDF-1.7"], "filing.pdf")))).toMatch(/EDGAR text/);
    const huge = new File([new Uint8Array(MAX_FILING_BYTES + 1)], "huge.txt");
    expect(message(parse(huge))).toBe("The file is over 20 MB.");
  });

  it("is allowed to the filing's importer only, never for a shipped filing or a visitor", () => {
    expect(mayReplaceFilingText({ importedById: "u1" }, "u1")).toBe(true);
    expect(mayReplaceFilingText({ importedById: "u1" }, "u2")).toBe(false);
    expect(mayReplaceFilingText({ importedById: null }, "u1")).toBe(false);
    expect(mayReplaceFilingText({ importedById: null }, null)).toBe(false);
  });
});

describe("filing slugs in URLs", () => {
  it("accepts what filingSlug makes and nothing that could not be one", () => {
    expect(isFilingSlug(filingSlug({ company: "Ünïcode Co.", form: "10-K", fiscalYear: 2024 }))).toBe(true);
    expect(isFilingSlug("iij-20f-fy2008")).toBe(true);
    for (const bad of ["", "a\u0000b", "A-Capital", "../etc", "x".repeat(201), "space here", "-leading"])
      expect(isFilingSlug(bad)).toBe(false);
  });
});
