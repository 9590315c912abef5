import { describe, expect, it } from "vitest";
import { conceptLabel } from "./concept-label";

describe("conceptLabel", () => {
  it("reads a concept's name as words", () => {
    expect(conceptLabel("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")).toBe(
      "Revenue from contract with customer excluding assessed tax",
    );
    expect(conceptLabel("us-gaap:EarningsPerShareDiluted")).toBe("Earnings per share diluted");
    expect(conceptLabel("ifrs-full:ProfitLoss")).toBe("Profit loss");
    expect(conceptLabel("dei:EntityCommonStockSharesOutstanding")).toBe(
      "Entity common stock shares outstanding",
    );
  });

  it("keeps acronyms and drops a version number", () => {
    expect(conceptLabel("us-gaap:AOCIIncludingPortionAttributableToNoncontrollingInterestTax")).toBe(
      "AOCI including portion attributable to noncontrolling interest tax",
    );
    expect(conceptLabel("srt:StockRepurchaseProgramAuthorizedAmount1")).toBe(
      "Stock repurchase program authorized amount",
    );
  });
});
