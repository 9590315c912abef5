/**
 * A count with its noun, singular or plural: "1 section", "3 sections", "1 reply", "2 replies".
 * Pass the plural when it is not the noun plus "s".
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}
