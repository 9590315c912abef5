/**
 * A similarity (0–1) as a percentage for people: whole percents, except that only identical
 * texts read "100%" (0.999 reads "99.9%": a rounded "100%" would say nothing changed)
 * and only texts with nothing in common read "0%".
 */
export function similarityPercent(value: number): string {
  const whole = Math.round(value * 100);
  if (whole === 100 && value < 1) return `${(Math.floor(value * 1000) / 10).toFixed(1)}%`;
  if (whole === 0 && value > 0) return "<1%";
  return `${whole}%`;
}
