import { formatIsoDate } from "@/lib/filing/format-metadata";
import { explainRiskCategory, RISK_CATEGORY_LABELS, RISK_GROUP_LABELS } from "@/lib/filing/risk-taxonomy";
import {
  isRiskCategory,
  RISK_GROUPS,
  riskGroupOf,
  type RiskCategory,
  type RiskGroup,
} from "@/lib/filing/types";

/** What the reader needs of a risk factor: where its title is and its category (override wins). */
export interface ReaderRiskFactor {
  blockId: string;
  title: string;
  category: RiskCategory;
  categoryLabel: string;
  /** The category's group: the title's colour. */
  group: RiskGroup;
  groupLabel: string;
  /** Why the analysis chose the category ("title mentions “customers”"); none when overridden. */
  reason?: string;
  /** True when an analyst chose the category (it wins over the detected one). */
  overridden?: boolean;
  /** Who last changed the category, when, from what (shown on hover). */
  changeNote?: string;
}

/** A stored risk factor with its last category change, as the database gives it. */
export interface StoredRiskFactor {
  blockId: string;
  title: string;
  category: string;
  categoryTerms: string[];
  categoryOverride: string | null;
  categoryChanges: Array<{
    createdAt: Date;
    from: string | null;
    to: string | null;
    user: { name: string } | null;
  }>;
}

/**
 * A stored risk factor as the reader shows it: the analyst's category when one was chosen
 * (else the detected one; an unknown name is "other"), why it was detected, and who last
 * changed it.
 */
export function readerRiskFactor(risk: StoredRiskFactor): ReaderRiskFactor {
  const chosen = risk.categoryOverride ?? risk.category;
  const category = isRiskCategory(chosen) ? chosen : "other";
  const change = risk.categoryChanges[0];
  const detected = isRiskCategory(risk.category) ? RISK_CATEGORY_LABELS[risk.category] : risk.category;
  const group = riskGroupOf(category);
  return {
    blockId: risk.blockId,
    title: risk.title,
    category,
    categoryLabel: RISK_CATEGORY_LABELS[category],
    group,
    groupLabel: RISK_GROUP_LABELS[group],
    reason: risk.categoryOverride === null ? explainRiskCategory(risk.title, risk.categoryTerms) : undefined,
    overridden: risk.categoryOverride !== null,
    changeNote: change
      ? `${change.to === null ? "Reset to the detected category" : `Set to ${RISK_CATEGORY_LABELS[category]}`} by ${
          change.user?.name ?? "a former user"
        }, ${formatIsoDate(change.createdAt.toISOString().slice(0, 10))}${
          change.from && isRiskCategory(change.from) ? `; was ${RISK_CATEGORY_LABELS[change.from]}` : ""
        }. Detected: ${detected}.`
      : undefined,
  };
}

/** How many risk factors each group holds, largest first, empty groups left out (the chart). */
export function riskGroupCounts(
  riskFactors: readonly ReaderRiskFactor[],
): Array<{ group: RiskGroup; label: string; count: number }> {
  return RISK_GROUPS.map((group) => ({
    group,
    label: RISK_GROUP_LABELS[group],
    count: riskFactors.filter((risk) => risk.group === group).length,
  }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}
