/** The filing-analysis engine: `analyzeFiling` and the types and taxonomy around it. */
export { analyzeFiling } from "./analyze";
export type { FilingInput } from "./analyze";
export { FilingReadError, type FilingReadErrorCode } from "./errors";
export {
  RISK_CATEGORY_LABELS,
  RISK_CATEGORY_STYLES,
  RISK_TAXONOMY,
  categorizeRisk,
  type RiskCategoryStyle,
} from "./risk-taxonomy";
export { ANALYZER_VERSION } from "./version";
export * from "./types";
