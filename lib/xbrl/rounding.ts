/**
 * Whether a figure stated in prose agrees with a tagged fact within the stated figure's own
 * rounding: "$60.9 billion" states a value to the nearest $0.1 billion, so any fact from
 * $60.85 to $60.95 billion agrees with it (60,922 million does; 61,500 million does not).
 */

const SCALE_WORDS: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  mm: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
};

/**
 * The place value of a stated figure's last digit (its rounding unit), from its text:
 * "$60.9 billion" → 1e8, "$1,234" → 1, "29.4%" → 0.001 (of a fraction), "5.2bn" → 1e8.
 * Null when the text holds no number.
 */
export function roundingUnit(statedText: string, unit?: string): number | null {
  const number = /(\d[\d,]*)(?:\.(\d+))?/.exec(statedText);
  if (!number) return null;
  const decimals = number[2]?.length ?? 0;
  const scale = /(\d)\s*(thousand|million|billion|trillion|bn|mn|mm|tn|k|m|b)\b/i.exec(statedText);
  const exponent = scale ? (SCALE_WORDS[scale[2]!.toLowerCase()] ?? 0) : 0;
  // A percentage's value is a fraction (29.4% → 0.294): its last digit is two places further.
  const percent = unit === "ratio" || /%|percent/i.test(statedText) ? -2 : 0;
  return 10 ** (exponent - decimals + percent);
}

/**
 * Whether `factValue` rounds to `statedValue` at the stated figure's precision (half its
 * rounding unit either way, with a little room for binary fractions).
 */
export function agreesWithinRounding(options: {
  statedValue: number;
  statedText: string;
  factValue: number;
  unit?: string;
}): boolean {
  const step = roundingUnit(options.statedText, options.unit);
  if (step === null) return false;
  return roundsTo(options.factValue, options.statedValue, step);
}

/** Whether `value` rounds to `stated` at rounding unit `step` (see roundingUnit). */
export function roundsTo(value: number, stated: number, step: number): boolean {
  return Math.abs(value - stated) <= step / 2 + step * 1e-9;
}
