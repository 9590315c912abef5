import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeFiling } from "./analyze";
import { parseStoredAnalysis } from "./stored-analysis";

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

  it("accepts what the analysis stores, as it was, however many figures", async () => {
    expect(await parseStoredAnalysis(stored)).toEqual(stored);
    const many = {
      ...stored,
      figures: Array.from({ length: 2_500 }, (_, index) => stored.figures[index % stored.figures.length]),
    };
    expect((await parseStoredAnalysis(many)).figures).toEqual(many.figures);
  });

  it("refuses a row of another shape: a missing list, a negative offset, an unknown block kind", async () => {
    await expect(parseStoredAnalysis({ ...stored, figures: undefined })).rejects.toThrow();
    const [block, ...rest] = stored.blocks;
    await expect(
      parseStoredAnalysis({ ...stored, blocks: [{ ...block, start: -1 }, ...rest] }),
    ).rejects.toThrow();
    await expect(parseStoredAnalysis({ ...stored, blocks: [{ ...block, kind: "poem" }] })).rejects.toThrow();
  });
});
