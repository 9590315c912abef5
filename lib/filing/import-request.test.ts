import { describe, expect, it } from "vitest";
import {
  filingContentSchema,
  filingMetadataSchema,
  filingSlug,
  MAX_FILING_BYTES,
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
