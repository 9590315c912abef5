import { describe, expect, it } from "vitest";
import { getFiling } from "@/server/data/get-filing";
import { listFilings } from "@/server/data/list-filings";
import { sampleFiling, seedSampleFiling } from "./seed";

describe("the sample filing", () => {
  it("is loaded once, however often the seed runs", async () => {
    const first = await seedSampleFiling();
    const second = await seedSampleFiling();
    expect([first, second]).toEqual([true, false]);
    const matching = (await listFilings()).filter((filing) => filing.slug === sampleFiling.slug);
    expect(matching).toHaveLength(1);
    const filing = await getFiling({ slug: sampleFiling.slug });
    expect(filing!.canonicalText).toContain("D. Risk Factors");
    expect(filing!.riskFactors).toHaveLength(18);
  });
});
