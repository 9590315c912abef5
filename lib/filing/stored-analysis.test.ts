import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { storedAnalysisSchema } from "./stored-analysis";

const sample = readFileSync(
  new URL("../../prisma/seed/filings/iij-20f-fy2008-item3.txt", import.meta.url),
  "utf8",
);

describe("the stored analysis, read back", () => {
  const analysis = analyzeFiling({ content: sample, fileName: "iij.txt" });
  const stored = JSON.parse(
    JSON.stringify({
      blocks: analysis.blocks,
      sections: analysis.sections,
      figures: analysis.figures,
      metadata: analysis.metadata,
    }),
  );

  it("accepts what the analysis stores, as it was", () => {
    expect(storedAnalysisSchema.parse(stored)).toEqual(stored);
  });

  it("refuses a row of another shape: a missing list, a negative offset, an unknown block kind", () => {
    expect(storedAnalysisSchema.safeParse({ ...stored, figures: undefined }).success).toBe(false);
    const [block, ...rest] = stored.blocks;
    expect(
      storedAnalysisSchema.safeParse({ ...stored, blocks: [{ ...block, start: -1 }, ...rest] }).success,
    ).toBe(false);
    expect(storedAnalysisSchema.safeParse({ ...stored, blocks: [{ ...block, kind: "poem" }] }).success).toBe(
      false,
    );
  });
});
