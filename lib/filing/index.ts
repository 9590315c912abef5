/** The filing-analysis engine: `analyzeFiling` and the types and taxonomy around it. */
export { analyzeFiling } from "./analyze";
export type { FilingInput } from "./analyze";
export { FilingReadError, type FilingReadErrorCode } from "./errors";
export {
  RISK_CATEGORY_LABELS,
  RISK_GROUP_LABELS,
  RISK_TAXONOMY,
  categorizeRisk,
  explainRiskCategory,
} from "./risk-taxonomy";
export { ANALYZER_VERSION } from "./version";
export * from "./types";
