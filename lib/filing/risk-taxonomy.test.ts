import { describe, expect, it } from "vitest";
import { categorizeRisk, explainRiskCategory, riskCategoryPath } from "./risk-taxonomy";
import { riskGroupOf } from "./types";

describe("risk categories an analyst would choose (issue #15's misclassifications)", () => {
  it.each([
    // A body that mentions competitors must not outweigh a title about customers.
    [
      "We depend on a small number of customers, and customer concentration exposes us to the loss of any of them.",
      "Our competitors may offer these customers lower prices and compete for their business aggressively.",
      "customers",
    ],
    [
      "Failures or disruptions of our IT systems could interrupt our operations.",
      "We rely on information systems to process orders; our accounting depends on them too.",
      "network-infrastructure",
    ],
    [
      "Our stock price has been and may continue to be volatile.",
      "Shareholders could be diluted if we issue more shares, and the market may fall.",
      "share-price",
    ],
    [
      "Damage to our reputation and brand could harm our business.",
      "Our employees and partners may act in ways that reflect poorly on us.",
      "reputation-brand",
    ],
  ])("%s → %s", (title, body, category) => {
    expect(categorizeRisk(title, body).category).toBe(category);
  });

  it("decides by the title and the opening, not by terms deep in the body", () => {
    const deep = `${"We sell widgets to distributors across many regions. ".repeat(6)}Our tax positions may be challenged by tax authorities under new tax laws.`;
    expect(riskGroupOf(categorizeRisk("Demand for our widgets may fall.", deep).category)).not.toBe(
      "legal-regulatory",
    );
  });

  it("says why, title terms first", () => {
    const title = "We depend on a small number of customers for most of our revenue.";
    const { category, terms } = categorizeRisk(title, "Our five largest customers buy 60% of our products.");
    expect(category).toBe("customers");
    expect(explainRiskCategory(title, terms)).toMatch(/^title mentions “small number of customers”/);
    expect(explainRiskCategory("Other matters.", [])).toBe("");
  });

  it("names a category with its group", () => {
    expect(riskCategoryPath("share-price")).toBe("Financial & capital › Share price & trading");
    expect(riskCategoryPath("no-longer-a-category")).toBe("no-longer-a-category");
  });
});
