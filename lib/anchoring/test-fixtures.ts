/** Filing-like prose for the anchoring tests (invented, in the style of a 10-K's risk factors). */
export const RISK_FACTORS = [
  "Item 1A. Risk Factors",
  "Investing in our common stock involves a high degree of risk. You should carefully consider the risks and uncertainties described below, together with all of the other information in this Annual Report on Form 10-K, including our consolidated financial statements and the related notes, before making an investment decision.",
  "Our revenue is concentrated among a small number of customers. For the fiscal year ended December 31, 2024, our ten largest customers accounted for approximately 47% of our total revenue, and our largest customer accounted for approximately 12% of our total revenue. The loss of, or a significant reduction in orders from, any of these customers could materially and adversely affect our business, financial condition and results of operations.",
  "We depend on third-party suppliers for key components. Some of these components are available from only a single source. If a supplier fails to deliver components on time, in sufficient quantities or at acceptable prices, we may be unable to meet customer demand, and our business, financial condition and results of operations could be materially and adversely affected.",
  "Our indebtedness could adversely affect our financial condition. As of December 31, 2024, we had $4.2 billion of outstanding indebtedness, including $1.5 billion under our revolving credit facility. Our level of indebtedness may limit our ability to obtain additional financing, and a rise in interest rates would increase our interest expense.",
  "Cybersecurity incidents could disrupt our operations and expose us to liability. We rely on information technology systems to process transactions, manage our supply chain and store confidential information. A breach of these systems could result in the loss of sensitive data, regulatory penalties and damage to our reputation.",
].join("\n\n");

/** A passage with emoji (a ZWJ sequence and a flag), combining accents and right-to-left text. */
export const INTERNATIONAL = [
  "Our subsidiaries operate in several jurisdictions. ",
  "The Paris office of Socie\u0301te\u0301 Ge\u0301ne\u0301rale Services 👩‍💼 reports to the regional board. ",
  "In Israel our brand name is \u05DE\u05E8\u05D2\u05D9\u05E0\u05DC\u05D9\u05D4 (\u05E9\u05D5\u05DC\u05DD) and in Egypt \u0627\u0644\u0647\u0627\u0645\u0634 🇪🇬 appears on every invoice. ",
  "Currency translation adjustments are recorded in other comprehensive income.",
].join("");
