import type { RiskPair } from "./align-risk-factors";

/** A note on last year's risk factor, as shown on this year's filing (it stays where it was written). */
export interface CarriedNote {
  id: string;
  label: string;
  note: string;
  authorName: string;
  /** The workspace it is shared with, or null (private to its author). */
  workspaceName: string | null;
  /** The passage it was written on, last year. */
  exact: string;
  replies: number;
  /** The risk factor it was written on, last year. */
  fromRisk: string;
  /** What became of that risk factor this year ("removed": nothing to carry it to). */
  status: RiskPair["status"];
  /** This year's risk factor it is carried to (null when removed). */
  toRisk: { title: string; blockId: string } | null;
  /** Where its quote is in this year's text (null: gone; the note sits on the risk's title). */
  anchor: { start: number; end: number } | null;
}
